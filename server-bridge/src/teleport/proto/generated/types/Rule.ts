// Original file: src/teleport/proto/types.proto


export interface Rule {
  'Resources'?: (string)[];
  'Verbs'?: (string)[];
  'Where'?: (string);
  'Actions'?: (string)[];
}

export interface Rule__Output {
  'Resources': (string)[];
  'Verbs': (string)[];
  'Where': (string);
  'Actions': (string)[];
}
