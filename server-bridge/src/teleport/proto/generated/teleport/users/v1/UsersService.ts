// Original file: src/teleport/proto/users.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { GetUserRequest as _teleport_users_v1_GetUserRequest, GetUserRequest__Output as _teleport_users_v1_GetUserRequest__Output } from '../../../teleport/users/v1/GetUserRequest';
import type { GetUserResponse as _teleport_users_v1_GetUserResponse, GetUserResponse__Output as _teleport_users_v1_GetUserResponse__Output } from '../../../teleport/users/v1/GetUserResponse';
import type { ListUsersRequest as _teleport_users_v1_ListUsersRequest, ListUsersRequest__Output as _teleport_users_v1_ListUsersRequest__Output } from '../../../teleport/users/v1/ListUsersRequest';
import type { ListUsersResponse as _teleport_users_v1_ListUsersResponse, ListUsersResponse__Output as _teleport_users_v1_ListUsersResponse__Output } from '../../../teleport/users/v1/ListUsersResponse';

export interface UsersServiceClient extends grpc.Client {
  GetUser(argument: _teleport_users_v1_GetUserRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_teleport_users_v1_GetUserResponse__Output>): grpc.ClientUnaryCall;
  GetUser(argument: _teleport_users_v1_GetUserRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_teleport_users_v1_GetUserResponse__Output>): grpc.ClientUnaryCall;
  GetUser(argument: _teleport_users_v1_GetUserRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_teleport_users_v1_GetUserResponse__Output>): grpc.ClientUnaryCall;
  GetUser(argument: _teleport_users_v1_GetUserRequest, callback: grpc.requestCallback<_teleport_users_v1_GetUserResponse__Output>): grpc.ClientUnaryCall;
  getUser(argument: _teleport_users_v1_GetUserRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_teleport_users_v1_GetUserResponse__Output>): grpc.ClientUnaryCall;
  getUser(argument: _teleport_users_v1_GetUserRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_teleport_users_v1_GetUserResponse__Output>): grpc.ClientUnaryCall;
  getUser(argument: _teleport_users_v1_GetUserRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_teleport_users_v1_GetUserResponse__Output>): grpc.ClientUnaryCall;
  getUser(argument: _teleport_users_v1_GetUserRequest, callback: grpc.requestCallback<_teleport_users_v1_GetUserResponse__Output>): grpc.ClientUnaryCall;
  
  ListUsers(argument: _teleport_users_v1_ListUsersRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_teleport_users_v1_ListUsersResponse__Output>): grpc.ClientUnaryCall;
  ListUsers(argument: _teleport_users_v1_ListUsersRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_teleport_users_v1_ListUsersResponse__Output>): grpc.ClientUnaryCall;
  ListUsers(argument: _teleport_users_v1_ListUsersRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_teleport_users_v1_ListUsersResponse__Output>): grpc.ClientUnaryCall;
  ListUsers(argument: _teleport_users_v1_ListUsersRequest, callback: grpc.requestCallback<_teleport_users_v1_ListUsersResponse__Output>): grpc.ClientUnaryCall;
  listUsers(argument: _teleport_users_v1_ListUsersRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_teleport_users_v1_ListUsersResponse__Output>): grpc.ClientUnaryCall;
  listUsers(argument: _teleport_users_v1_ListUsersRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_teleport_users_v1_ListUsersResponse__Output>): grpc.ClientUnaryCall;
  listUsers(argument: _teleport_users_v1_ListUsersRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_teleport_users_v1_ListUsersResponse__Output>): grpc.ClientUnaryCall;
  listUsers(argument: _teleport_users_v1_ListUsersRequest, callback: grpc.requestCallback<_teleport_users_v1_ListUsersResponse__Output>): grpc.ClientUnaryCall;
  
}

export interface UsersServiceHandlers extends grpc.UntypedServiceImplementation {
  GetUser: grpc.handleUnaryCall<_teleport_users_v1_GetUserRequest__Output, _teleport_users_v1_GetUserResponse>;
  
  ListUsers: grpc.handleUnaryCall<_teleport_users_v1_ListUsersRequest__Output, _teleport_users_v1_ListUsersResponse>;
  
}

export interface UsersServiceDefinition extends grpc.ServiceDefinition {
  GetUser: MethodDefinition<_teleport_users_v1_GetUserRequest, _teleport_users_v1_GetUserResponse, _teleport_users_v1_GetUserRequest__Output, _teleport_users_v1_GetUserResponse__Output>
  ListUsers: MethodDefinition<_teleport_users_v1_ListUsersRequest, _teleport_users_v1_ListUsersResponse, _teleport_users_v1_ListUsersRequest__Output, _teleport_users_v1_ListUsersResponse__Output>
}
