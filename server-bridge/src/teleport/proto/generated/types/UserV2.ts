// Original file: src/teleport/proto/types.proto

import type { Metadata as _types_Metadata, Metadata__Output as _types_Metadata__Output } from '../types/Metadata';
import type { UserSpecV2 as _types_UserSpecV2, UserSpecV2__Output as _types_UserSpecV2__Output } from '../types/UserSpecV2';

export interface UserV2 {
  'Kind'?: (string);
  'SubKind'?: (string);
  'Version'?: (string);
  'Metadata'?: (_types_Metadata | null);
  'Spec'?: (_types_UserSpecV2 | null);
}

export interface UserV2__Output {
  'Kind': (string);
  'SubKind': (string);
  'Version': (string);
  'Metadata': (_types_Metadata__Output | null);
  'Spec': (_types_UserSpecV2__Output | null);
}
