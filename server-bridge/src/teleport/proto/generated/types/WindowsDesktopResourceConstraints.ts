// Original file: src/teleport/proto/types.proto


export interface WindowsDesktopResourceConstraints {
  'logins'?: (string)[];
}

export interface WindowsDesktopResourceConstraints__Output {
  'logins': (string)[];
}
