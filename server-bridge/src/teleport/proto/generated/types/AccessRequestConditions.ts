// Original file: src/teleport/proto/types.proto

import type { ClaimMapping as _types_ClaimMapping, ClaimMapping__Output as _types_ClaimMapping__Output } from '../types/ClaimMapping';
import type { LabelValues as _wrappers_LabelValues, LabelValues__Output as _wrappers_LabelValues__Output } from '../wrappers/LabelValues';
import type { AccessReviewThreshold as _types_AccessReviewThreshold, AccessReviewThreshold__Output as _types_AccessReviewThreshold__Output } from '../types/AccessReviewThreshold';
import type { AccessRequestConditionsReason as _types_AccessRequestConditionsReason, AccessRequestConditionsReason__Output as _types_AccessRequestConditionsReason__Output } from '../types/AccessRequestConditionsReason';
import type { Long } from '@grpc/proto-loader';

export interface AccessRequestConditions {
  'Roles'?: (string)[];
  'ClaimsToRoles'?: (_types_ClaimMapping)[];
  'Annotations'?: (_wrappers_LabelValues | null);
  'Thresholds'?: (_types_AccessReviewThreshold)[];
  'SuggestedReviewers'?: (string)[];
  'SearchAsRoles'?: (string)[];
  'MaxDuration'?: (number | string | Long);
  'Reason'?: (_types_AccessRequestConditionsReason | null);
}

export interface AccessRequestConditions__Output {
  'Roles': (string)[];
  'ClaimsToRoles': (_types_ClaimMapping__Output)[];
  'Annotations': (_wrappers_LabelValues__Output | null);
  'Thresholds': (_types_AccessReviewThreshold__Output)[];
  'SuggestedReviewers': (string)[];
  'SearchAsRoles': (string)[];
  'MaxDuration': (number);
  'Reason': (_types_AccessRequestConditionsReason__Output | null);
}
