// Original file: src/teleport/proto/accessmonitoringrules.proto


export interface Notification {
  'name'?: (string);
  'recipients'?: (string)[];
}

export interface Notification__Output {
  'name': (string);
  'recipients': (string)[];
}
