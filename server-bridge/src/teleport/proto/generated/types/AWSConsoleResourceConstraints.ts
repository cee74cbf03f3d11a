// Original file: src/teleport/proto/types.proto


export interface AWSConsoleResourceConstraints {
  'role_arns'?: (string)[];
}

export interface AWSConsoleResourceConstraints__Output {
  'role_arns': (string)[];
}
