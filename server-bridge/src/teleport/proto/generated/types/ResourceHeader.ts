// Original file: src/teleport/proto/types.proto

import type { Metadata as _types_Metadata, Metadata__Output as _types_Metadata__Output } from '../types/Metadata';

export interface ResourceHeader {
  'Kind'?: (string);
  'SubKind'?: (string);
  'Version'?: (string);
  'Metadata'?: (_types_Metadata | null);
}

export interface ResourceHeader__Output {
  'Kind': (string);
  'SubKind': (string);
  'Version': (string);
  'Metadata': (_types_Metadata__Output | null);
}
