// Original file: src/teleport/proto/types.proto


export interface PluginDataUpdateParams {
  'Kind'?: (string);
  'Resource'?: (string);
  'Plugin'?: (string);
  'Set'?: ({[key: string]: string});
  'Expect'?: ({[key: string]: string});
}

export interface PluginDataUpdateParams__Output {
  'Kind': (string);
  'Resource': (string);
  'Plugin': (string);
  'Set': ({[key: string]: string});
  'Expect': ({[key: string]: string});
}
