// Original file: src/teleport/proto/authservice.proto


export interface GetUsersRequest {
  'WithSecrets'?: (boolean);
}

export interface GetUsersRequest__Output {
  'WithSecrets': (boolean);
}
