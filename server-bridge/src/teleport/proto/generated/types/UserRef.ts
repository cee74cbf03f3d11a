// Original file: src/teleport/proto/types.proto


export interface UserRef {
  'Name'?: (string);
}

export interface UserRef__Output {
  'Name': (string);
}
