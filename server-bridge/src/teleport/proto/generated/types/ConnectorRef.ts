// Original file: src/teleport/proto/types.proto


export interface ConnectorRef {
  'Type'?: (string);
  'ID'?: (string);
  'Identity'?: (string);
}

export interface ConnectorRef__Output {
  'Type': (string);
  'ID': (string);
  'Identity': (string);
}
