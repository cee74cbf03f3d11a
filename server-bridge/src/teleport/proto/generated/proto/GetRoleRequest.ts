// Original file: src/teleport/proto/authservice.proto


export interface GetRoleRequest {
  'Name'?: (string);
}

export interface GetRoleRequest__Output {
  'Name': (string);
}
