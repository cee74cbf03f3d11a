// Original file: src/teleport/proto/types.proto

import type { Metadata as _types_Metadata, Metadata__Output as _types_Metadata__Output } from '../types/Metadata';
import type { WatchStatusSpecV1 as _types_WatchStatusSpecV1, WatchStatusSpecV1__Output as _types_WatchStatusSpecV1__Output } from '../types/WatchStatusSpecV1';

export interface WatchStatusV1 {
  'Kind'?: (string);
  'SubKind'?: (string);
  'Version'?: (string);
  'Metadata'?: (_types_Metadata | null);
  'Spec'?: (_types_WatchStatusSpecV1 | null);
}

export interface WatchStatusV1__Output {
  'Kind': (string);
  'SubKind': (string);
  'Version': (string);
  'Metadata': (_types_Metadata__Output | null);
  'Spec': (_types_WatchStatusSpecV1__Output | null);
}
