// Original file: src/teleport/proto/types.proto

import type { Metadata as _types_Metadata, Metadata__Output as _types_Metadata__Output } from '../types/Metadata';
import type { AccessRequestSpecV3 as _types_AccessRequestSpecV3, AccessRequestSpecV3__Output as _types_AccessRequestSpecV3__Output } from '../types/AccessRequestSpecV3';

export interface AccessRequestV3 {
  'Kind'?: (string);
  'SubKind'?: (string);
  'Version'?: (string);
  'Metadata'?: (_types_Metadata | null);
  'Spec'?: (_types_AccessRequestSpecV3 | null);
}

export interface AccessRequestV3__Output {
  'Kind': (string);
  'SubKind': (string);
  'Version': (string);
  'Metadata': (_types_Metadata__Output | null);
  'Spec': (_types_AccessRequestSpecV3__Output | null);
}
