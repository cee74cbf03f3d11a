// Original file: src/teleport/proto/types.proto


export interface ClaimMapping {
  'Claim'?: (string);
  'Value'?: (string);
  'Roles'?: (string)[];
}

export interface ClaimMapping__Output {
  'Claim': (string);
  'Value': (string);
  'Roles': (string)[];
}
