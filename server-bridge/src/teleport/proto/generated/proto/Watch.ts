// Original file: src/teleport/proto/authservice.proto

import type { WatchKind as _types_WatchKind, WatchKind__Output as _types_WatchKind__Output } from '../types/WatchKind';

export interface Watch {
  'Kinds'?: (_types_WatchKind)[];
  'AllowPartialSuccess'?: (boolean);
}

export interface Watch__Output {
  'Kinds': (_types_WatchKind__Output)[];
  'AllowPartialSuccess': (boolean);
}
