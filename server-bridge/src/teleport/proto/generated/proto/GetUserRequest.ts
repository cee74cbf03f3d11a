// Original file: src/teleport/proto/authservice.proto


export interface GetUserRequest {
  'Name'?: (string);
  'WithSecrets'?: (boolean);
}

export interface GetUserRequest__Output {
  'Name': (string);
  'WithSecrets': (boolean);
}
