// Original file: src/teleport/proto/types.proto


export interface AccessRequestConditionsReason {
  'Mode'?: (string);
  'Prompt'?: (string);
}

export interface AccessRequestConditionsReason__Output {
  'Mode': (string);
  'Prompt': (string);
}
