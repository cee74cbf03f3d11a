// Original file: src/teleport/proto/types.proto


export interface PluginDataFilter {
  'Kind'?: (string);
  'Resource'?: (string);
  'Plugin'?: (string);
}

export interface PluginDataFilter__Output {
  'Kind': (string);
  'Resource': (string);
  'Plugin': (string);
}
