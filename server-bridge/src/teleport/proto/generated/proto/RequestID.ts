// Original file: src/teleport/proto/authservice.proto


export interface RequestID {
  'ID'?: (string);
}

export interface RequestID__Output {
  'ID': (string);
}
