// Original file: src/teleport/proto/authservice.proto

import type { PluginDataV3 as _types_PluginDataV3, PluginDataV3__Output as _types_PluginDataV3__Output } from '../types/PluginDataV3';

export interface PluginDataSeq {
  'PluginData'?: (_types_PluginDataV3)[];
}

export interface PluginDataSeq__Output {
  'PluginData': (_types_PluginDataV3__Output)[];
}
