// Original file: src/teleport/proto/wrappers.proto


export interface StringValues {
  'Values'?: (string)[];
}

export interface StringValues__Output {
  'Values': (string)[];
}
