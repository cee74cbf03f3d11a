// Original file: src/teleport/proto/types.proto

import type { RoleOptions as _types_RoleOptions, RoleOptions__Output as _types_RoleOptions__Output } from '../types/RoleOptions';
import type { RoleConditions as _types_RoleConditions, RoleConditions__Output as _types_RoleConditions__Output } from '../types/RoleConditions';

export interface RoleSpecV6 {
  'Options'?: (_types_RoleOptions | null);
  'Allow'?: (_types_RoleConditions | null);
  'Deny'?: (_types_RoleConditions | null);
}

export interface RoleSpecV6__Output {
  'Options': (_types_RoleOptions__Output | null);
  'Allow': (_types_RoleConditions__Output | null);
  'Deny': (_types_RoleConditions__Output | null);
}
