// Original file: src/teleport/proto/types.proto

import type { Metadata as _types_Metadata, Metadata__Output as _types_Metadata__Output } from '../types/Metadata';
import type { RoleSpecV6 as _types_RoleSpecV6, RoleSpecV6__Output as _types_RoleSpecV6__Output } from '../types/RoleSpecV6';

export interface RoleV6 {
  'Kind'?: (string);
  'SubKind'?: (string);
  'Version'?: (string);
  'Metadata'?: (_types_Metadata | null);
  'Spec'?: (_types_RoleSpecV6 | null);
}

export interface RoleV6__Output {
  'Kind': (string);
  'SubKind': (string);
  'Version': (string);
  'Metadata': (_types_Metadata__Output | null);
  'Spec': (_types_RoleSpecV6__Output | null);
}
