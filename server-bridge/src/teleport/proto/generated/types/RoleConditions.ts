// Original file: src/teleport/proto/types.proto

import type { Rule as _types_Rule, Rule__Output as _types_Rule__Output } from '../types/Rule';
import type { AccessRequestConditions as _types_AccessRequestConditions, AccessRequestConditions__Output as _types_AccessRequestConditions__Output } from '../types/AccessRequestConditions';
import type { ImpersonateConditions as _types_ImpersonateConditions, ImpersonateConditions__Output as _types_ImpersonateConditions__Output } from '../types/ImpersonateConditions';
import type { AccessReviewConditions as _types_AccessReviewConditions, AccessReviewConditions__Output as _types_AccessReviewConditions__Output } from '../types/AccessReviewConditions';

export interface RoleConditions {
  'Logins'?: (string)[];
  'Rules'?: (_types_Rule)[];
  'Request'?: (_types_AccessRequestConditions | null);
  'Impersonate'?: (_types_ImpersonateConditions | null);
  'ReviewRequests'?: (_types_AccessReviewConditions | null);
}

export interface RoleConditions__Output {
  'Logins': (string)[];
  'Rules': (_types_Rule__Output)[];
  'Request': (_types_AccessRequestConditions__Output | null);
  'Impersonate': (_types_ImpersonateConditions__Output | null);
  'ReviewRequests': (_types_AccessReviewConditions__Output | null);
}
