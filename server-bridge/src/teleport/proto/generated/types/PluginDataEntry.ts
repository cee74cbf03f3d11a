// Original file: src/teleport/proto/types.proto


export interface PluginDataEntry {
  'Data'?: ({[key: string]: string});
}

export interface PluginDataEntry__Output {
  'Data': ({[key: string]: string});
}
