// Original file: src/teleport/proto/wrappers.proto

import type { StringValues as _wrappers_StringValues, StringValues__Output as _wrappers_StringValues__Output } from '../wrappers/StringValues';

export interface LabelValues {
  'Values'?: ({[key: string]: _wrappers_StringValues});
}

export interface LabelValues__Output {
  'Values': ({[key: string]: _wrappers_StringValues__Output});
}
