// Original file: src/teleport/proto/types.proto


export interface SSHResourceConstraints {
  'logins'?: (string)[];
}

export interface SSHResourceConstraints__Output {
  'logins': (string)[];
}
