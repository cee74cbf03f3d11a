// Original file: src/teleport/proto/types.proto

import type { Metadata as _types_Metadata, Metadata__Output as _types_Metadata__Output } from '../types/Metadata';
import type { PluginDataSpecV3 as _types_PluginDataSpecV3, PluginDataSpecV3__Output as _types_PluginDataSpecV3__Output } from '../types/PluginDataSpecV3';

export interface PluginDataV3 {
  'Kind'?: (string);
  'SubKind'?: (string);
  'Version'?: (string);
  'Metadata'?: (_types_Metadata | null);
  'Spec'?: (_types_PluginDataSpecV3 | null);
}

export interface PluginDataV3__Output {
  'Kind': (string);
  'SubKind': (string);
  'Version': (string);
  'Metadata': (_types_Metadata__Output | null);
  'Spec': (_types_PluginDataSpecV3__Output | null);
}
