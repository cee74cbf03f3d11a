// Original file: src/teleport/proto/types.proto

import type { PluginDataEntry as _types_PluginDataEntry, PluginDataEntry__Output as _types_PluginDataEntry__Output } from '../types/PluginDataEntry';

export interface PluginDataSpecV3 {
  'Entries'?: ({[key: string]: _types_PluginDataEntry});
}

export interface PluginDataSpecV3__Output {
  'Entries': ({[key: string]: _types_PluginDataEntry__Output});
}
