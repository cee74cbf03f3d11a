// Original file: src/teleport/proto/types.proto

import type { ClaimMapping as _types_ClaimMapping, ClaimMapping__Output as _types_ClaimMapping__Output } from '../types/ClaimMapping';

export interface AccessReviewConditions {
  'Roles'?: (string)[];
  'ClaimsToRoles'?: (_types_ClaimMapping)[];
  'Where'?: (string);
  'PreviewAsRoles'?: (string)[];
  'SubmitForUsers'?: (string)[];
}

export interface AccessReviewConditions__Output {
  'Roles': (string)[];
  'ClaimsToRoles': (_types_ClaimMapping__Output)[];
  'Where': (string);
  'PreviewAsRoles': (string)[];
  'SubmitForUsers': (string)[];
}
