// Original file: src/teleport/proto/types.proto

import type { WatchKind as _types_WatchKind, WatchKind__Output as _types_WatchKind__Output } from '../types/WatchKind';

export interface WatchStatusSpecV1 {
  'Kinds'?: (_types_WatchKind)[];
}

export interface WatchStatusSpecV1__Output {
  'Kinds': (_types_WatchKind__Output)[];
}
