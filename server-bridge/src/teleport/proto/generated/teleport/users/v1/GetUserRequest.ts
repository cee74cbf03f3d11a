// Original file: src/teleport/proto/users.proto


export interface GetUserRequest {
  'name'?: (string);
  'current_user'?: (boolean);
  'with_secrets'?: (boolean);
}

export interface GetUserRequest__Output {
  'name': (string);
  'current_user': (boolean);
  'with_secrets': (boolean);
}
