// Original file: src/teleport/proto/types.proto


export interface ImpersonateConditions {
  'Users'?: (string)[];
  'Roles'?: (string)[];
  'Where'?: (string);
}

export interface ImpersonateConditions__Output {
  'Users': (string)[];
  'Roles': (string)[];
  'Where': (string);
}
