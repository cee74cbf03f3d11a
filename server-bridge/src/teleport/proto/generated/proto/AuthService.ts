// Original file: src/teleport/proto/authservice.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { AccessCapabilities as _types_AccessCapabilities, AccessCapabilities__Output as _types_AccessCapabilities__Output } from '../types/AccessCapabilities';
import type { AccessCapabilitiesRequest as _types_AccessCapabilitiesRequest, AccessCapabilitiesRequest__Output as _types_AccessCapabilitiesRequest__Output } from '../types/AccessCapabilitiesRequest';
import type { AccessRequestFilter as _types_AccessRequestFilter, AccessRequestFilter__Output as _types_AccessRequestFilter__Output } from '../types/AccessRequestFilter';
import type { AccessRequestV3 as _types_AccessRequestV3, AccessRequestV3__Output as _types_AccessRequestV3__Output } from '../types/AccessRequestV3';
import type { AccessReviewSubmission as _types_AccessReviewSubmission, AccessReviewSubmission__Output as _types_AccessReviewSubmission__Output } from '../types/AccessReviewSubmission';
import type { Empty as _google_protobuf_Empty, Empty__Output as _google_protobuf_Empty__Output } from '../google/protobuf/Empty';
import type { Event as _proto_Event, Event__Output as _proto_Event__Output } from '../proto/Event';
import type { GetRoleRequest as _proto_GetRoleRequest, GetRoleRequest__Output as _proto_GetRoleRequest__Output } from '../proto/GetRoleRequest';
import type { GetUserRequest as _proto_GetUserRequest, GetUserRequest__Output as _proto_GetUserRequest__Output } from '../proto/GetUserRequest';
import type { GetUsersRequest as _proto_GetUsersRequest, GetUsersRequest__Output as _proto_GetUsersRequest__Output } from '../proto/GetUsersRequest';
import type { ListAccessRequestsRequest as _proto_ListAccessRequestsRequest, ListAccessRequestsRequest__Output as _proto_ListAccessRequestsRequest__Output } from '../proto/ListAccessRequestsRequest';
import type { ListAccessRequestsResponse as _proto_ListAccessRequestsResponse, ListAccessRequestsResponse__Output as _proto_ListAccessRequestsResponse__Output } from '../proto/ListAccessRequestsResponse';
import type { PingRequest as _proto_PingRequest, PingRequest__Output as _proto_PingRequest__Output } from '../proto/PingRequest';
import type { PingResponse as _proto_PingResponse, PingResponse__Output as _proto_PingResponse__Output } from '../proto/PingResponse';
import type { PluginDataFilter as _types_PluginDataFilter, PluginDataFilter__Output as _types_PluginDataFilter__Output } from '../types/PluginDataFilter';
import type { PluginDataSeq as _proto_PluginDataSeq, PluginDataSeq__Output as _proto_PluginDataSeq__Output } from '../proto/PluginDataSeq';
import type { PluginDataUpdateParams as _types_PluginDataUpdateParams, PluginDataUpdateParams__Output as _types_PluginDataUpdateParams__Output } from '../types/PluginDataUpdateParams';
import type { RequestID as _proto_RequestID, RequestID__Output as _proto_RequestID__Output } from '../proto/RequestID';
import type { RoleV6 as _types_RoleV6, RoleV6__Output as _types_RoleV6__Output } from '../types/RoleV6';
import type { UserV2 as _types_UserV2, UserV2__Output as _types_UserV2__Output } from '../types/UserV2';
import type { Watch as _proto_Watch, Watch__Output as _proto_Watch__Output } from '../proto/Watch';

export interface AuthServiceClient extends grpc.Client {
  CreateAccessRequestV2(argument: _types_AccessRequestV3, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_types_AccessRequestV3__Output>): grpc.ClientUnaryCall;
  CreateAccessRequestV2(argument: _types_AccessRequestV3, metadata: grpc.Metadata, callback: grpc.requestCallback<_types_AccessRequestV3__Output>): grpc.ClientUnaryCall;
  CreateAccessRequestV2(argument: _types_AccessRequestV3, options: grpc.CallOptions, callback: grpc.requestCallback<_types_AccessRequestV3__Output>): grpc.ClientUnaryCall;
  CreateAccessRequestV2(argument: _types_AccessRequestV3, callback: grpc.requestCallback<_types_AccessRequestV3__Output>): grpc.ClientUnaryCall;
  createAccessRequestV2(argument: _types_AccessRequestV3, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_types_AccessRequestV3__Output>): grpc.ClientUnaryCall;
  createAccessRequestV2(argument: _types_AccessRequestV3, metadata: grpc.Metadata, callback: grpc.requestCallback<_types_AccessRequestV3__Output>): grpc.ClientUnaryCall;
  createAccessRequestV2(argument: _types_AccessRequestV3, options: grpc.CallOptions, callback: grpc.requestCallback<_types_AccessRequestV3__Output>): grpc.ClientUnaryCall;
  createAccessRequestV2(argument: _types_AccessRequestV3, callback: grpc.requestCallback<_types_AccessRequestV3__Output>): grpc.ClientUnaryCall;
  
  DeleteAccessRequest(argument: _proto_RequestID, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_google_protobuf_Empty__Output>): grpc.ClientUnaryCall;
  DeleteAccessRequest(argument: _proto_RequestID, metadata: grpc.Metadata, callback: grpc.requestCallback<_google_protobuf_Empty__Output>): grpc.ClientUnaryCall;
  DeleteAccessRequest(argument: _proto_RequestID, options: grpc.CallOptions, callback: grpc.requestCallback<_google_protobuf_Empty__Output>): grpc.ClientUnaryCall;
  DeleteAccessRequest(argument: _proto_RequestID, callback: grpc.requestCallback<_google_protobuf_Empty__Output>): grpc.ClientUnaryCall;
  deleteAccessRequest(argument: _proto_RequestID, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_google_protobuf_Empty__Output>): grpc.ClientUnaryCall;
  deleteAccessRequest(argument: _proto_RequestID, metadata: grpc.Metadata, callback: grpc.requestCallback<_google_protobuf_Empty__Output>): grpc.ClientUnaryCall;
  deleteAccessRequest(argument: _proto_RequestID, options: grpc.CallOptions, callback: grpc.requestCallback<_google_protobuf_Empty__Output>): grpc.ClientUnaryCall;
  deleteAccessRequest(argument: _proto_RequestID, callback: grpc.requestCallback<_google_protobuf_Empty__Output>): grpc.ClientUnaryCall;
  
  GetAccessCapabilities(argument: _types_AccessCapabilitiesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_types_AccessCapabilities__Output>): grpc.ClientUnaryCall;
  GetAccessCapabilities(argument: _types_AccessCapabilitiesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_types_AccessCapabilities__Output>): grpc.ClientUnaryCall;
  GetAccessCapabilities(argument: _types_AccessCapabilitiesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_types_AccessCapabilities__Output>): grpc.ClientUnaryCall;
  GetAccessCapabilities(argument: _types_AccessCapabilitiesRequest, callback: grpc.requestCallback<_types_AccessCapabilities__Output>): grpc.ClientUnaryCall;
  getAccessCapabilities(argument: _types_AccessCapabilitiesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_types_AccessCapabilities__Output>): grpc.ClientUnaryCall;
  getAccessCapabilities(argument: _types_AccessCapabilitiesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_types_AccessCapabilities__Output>): grpc.ClientUnaryCall;
  getAccessCapabilities(argument: _types_AccessCapabilitiesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_types_AccessCapabilities__Output>): grpc.ClientUnaryCall;
  getAccessCapabilities(argument: _types_AccessCapabilitiesRequest, callback: grpc.requestCallback<_types_AccessCapabilities__Output>): grpc.ClientUnaryCall;
  
  GetAccessRequestsV2(argument: _types_AccessRequestFilter, metadata: grpc.Metadata, options?: grpc.CallOptions): grpc.ClientReadableStream<_types_AccessRequestV3__Output>;
  GetAccessRequestsV2(argument: _types_AccessRequestFilter, options?: grpc.CallOptions): grpc.ClientReadableStream<_types_AccessRequestV3__Output>;
  getAccessRequestsV2(argument: _types_AccessRequestFilter, metadata: grpc.Metadata, options?: grpc.CallOptions): grpc.ClientReadableStream<_types_AccessRequestV3__Output>;
  getAccessRequestsV2(argument: _types_AccessRequestFilter, options?: grpc.CallOptions): grpc.ClientReadableStream<_types_AccessRequestV3__Output>;
  
  GetPluginData(argument: _types_PluginDataFilter, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_proto_PluginDataSeq__Output>): grpc.ClientUnaryCall;
  GetPluginData(argument: _types_PluginDataFilter, metadata: grpc.Metadata, callback: grpc.requestCallback<_proto_PluginDataSeq__Output>): grpc.ClientUnaryCall;
  GetPluginData(argument: _types_PluginDataFilter, options: grpc.CallOptions, callback: grpc.requestCallback<_proto_PluginDataSeq__Output>): grpc.ClientUnaryCall;
  GetPluginData(argument: _types_PluginDataFilter, callback: grpc.requestCallback<_proto_PluginDataSeq__Output>): grpc.ClientUnaryCall;
  getPluginData(argument: _types_PluginDataFilter, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_proto_PluginDataSeq__Output>): grpc.ClientUnaryCall;
  getPluginData(argument: _types_PluginDataFilter, metadata: grpc.Metadata, callback: grpc.requestCallback<_proto_PluginDataSeq__Output>): grpc.ClientUnaryCall;
  getPluginData(argument: _types_PluginDataFilter, options: grpc.CallOptions, callback: grpc.requestCallback<_proto_PluginDataSeq__Output>): grpc.ClientUnaryCall;
  getPluginData(argument: _types_PluginDataFilter, callback: grpc.requestCallback<_proto_PluginDataSeq__Output>): grpc.ClientUnaryCall;
  
  GetRole(argument: _proto_GetRoleRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_types_RoleV6__Output>): grpc.ClientUnaryCall;
  GetRole(argument: _proto_GetRoleRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_types_RoleV6__Output>): grpc.ClientUnaryCall;
  GetRole(argument: _proto_GetRoleRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_types_RoleV6__Output>): grpc.ClientUnaryCall;
  GetRole(argument: _proto_GetRoleRequest, callback: grpc.requestCallback<_types_RoleV6__Output>): grpc.ClientUnaryCall;
  getRole(argument: _proto_GetRoleRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_types_RoleV6__Output>): grpc.ClientUnaryCall;
  getRole(argument: _proto_GetRoleRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_types_RoleV6__Output>): grpc.ClientUnaryCall;
  getRole(argument: _proto_GetRoleRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_types_RoleV6__Output>): grpc.ClientUnaryCall;
  getRole(argument: _proto_GetRoleRequest, callback: grpc.requestCallback<_types_RoleV6__Output>): grpc.ClientUnaryCall;
  
  GetUser(argument: _proto_GetUserRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_types_UserV2__Output>): grpc.ClientUnaryCall;
  GetUser(argument: _proto_GetUserRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_types_UserV2__Output>): grpc.ClientUnaryCall;
  GetUser(argument: _proto_GetUserRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_types_UserV2__Output>): grpc.ClientUnaryCall;
  GetUser(argument: _proto_GetUserRequest, callback: grpc.requestCallback<_types_UserV2__Output>): grpc.ClientUnaryCall;
  getUser(argument: _proto_GetUserRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_types_UserV2__Output>): grpc.ClientUnaryCall;
  getUser(argument: _proto_GetUserRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_types_UserV2__Output>): grpc.ClientUnaryCall;
  getUser(argument: _proto_GetUserRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_types_UserV2__Output>): grpc.ClientUnaryCall;
  getUser(argument: _proto_GetUserRequest, callback: grpc.requestCallback<_types_UserV2__Output>): grpc.ClientUnaryCall;
  
  GetUsers(argument: _proto_GetUsersRequest, metadata: grpc.Metadata, options?: grpc.CallOptions): grpc.ClientReadableStream<_types_UserV2__Output>;
  GetUsers(argument: _proto_GetUsersRequest, options?: grpc.CallOptions): grpc.ClientReadableStream<_types_UserV2__Output>;
  getUsers(argument: _proto_GetUsersRequest, metadata: grpc.Metadata, options?: grpc.CallOptions): grpc.ClientReadableStream<_types_UserV2__Output>;
  getUsers(argument: _proto_GetUsersRequest, options?: grpc.CallOptions): grpc.ClientReadableStream<_types_UserV2__Output>;
  
  ListAccessRequests(argument: _proto_ListAccessRequestsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_proto_ListAccessRequestsResponse__Output>): grpc.ClientUnaryCall;
  ListAccessRequests(argument: _proto_ListAccessRequestsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_proto_ListAccessRequestsResponse__Output>): grpc.ClientUnaryCall;
  ListAccessRequests(argument: _proto_ListAccessRequestsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_proto_ListAccessRequestsResponse__Output>): grpc.ClientUnaryCall;
  ListAccessRequests(argument: _proto_ListAccessRequestsRequest, callback: grpc.requestCallback<_proto_ListAccessRequestsResponse__Output>): grpc.ClientUnaryCall;
  listAccessRequests(argument: _proto_ListAccessRequestsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_proto_ListAccessRequestsResponse__Output>): grpc.ClientUnaryCall;
  listAccessRequests(argument: _proto_ListAccessRequestsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_proto_ListAccessRequestsResponse__Output>): grpc.ClientUnaryCall;
  listAccessRequests(argument: _proto_ListAccessRequestsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_proto_ListAccessRequestsResponse__Output>): grpc.ClientUnaryCall;
  listAccessRequests(argument: _proto_ListAccessRequestsRequest, callback: grpc.requestCallback<_proto_ListAccessRequestsResponse__Output>): grpc.ClientUnaryCall;
  
  Ping(argument: _proto_PingRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_proto_PingResponse__Output>): grpc.ClientUnaryCall;
  Ping(argument: _proto_PingRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_proto_PingResponse__Output>): grpc.ClientUnaryCall;
  Ping(argument: _proto_PingRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_proto_PingResponse__Output>): grpc.ClientUnaryCall;
  Ping(argument: _proto_PingRequest, callback: grpc.requestCallback<_proto_PingResponse__Output>): grpc.ClientUnaryCall;
  ping(argument: _proto_PingRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_proto_PingResponse__Output>): grpc.ClientUnaryCall;
  ping(argument: _proto_PingRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_proto_PingResponse__Output>): grpc.ClientUnaryCall;
  ping(argument: _proto_PingRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_proto_PingResponse__Output>): grpc.ClientUnaryCall;
  ping(argument: _proto_PingRequest, callback: grpc.requestCallback<_proto_PingResponse__Output>): grpc.ClientUnaryCall;
  
  SubmitAccessReview(argument: _types_AccessReviewSubmission, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_types_AccessRequestV3__Output>): grpc.ClientUnaryCall;
  SubmitAccessReview(argument: _types_AccessReviewSubmission, metadata: grpc.Metadata, callback: grpc.requestCallback<_types_AccessRequestV3__Output>): grpc.ClientUnaryCall;
  SubmitAccessReview(argument: _types_AccessReviewSubmission, options: grpc.CallOptions, callback: grpc.requestCallback<_types_AccessRequestV3__Output>): grpc.ClientUnaryCall;
  SubmitAccessReview(argument: _types_AccessReviewSubmission, callback: grpc.requestCallback<_types_AccessRequestV3__Output>): grpc.ClientUnaryCall;
  submitAccessReview(argument: _types_AccessReviewSubmission, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_types_AccessRequestV3__Output>): grpc.ClientUnaryCall;
  submitAccessReview(argument: _types_AccessReviewSubmission, metadata: grpc.Metadata, callback: grpc.requestCallback<_types_AccessRequestV3__Output>): grpc.ClientUnaryCall;
  submitAccessReview(argument: _types_AccessReviewSubmission, options: grpc.CallOptions, callback: grpc.requestCallback<_types_AccessRequestV3__Output>): grpc.ClientUnaryCall;
  submitAccessReview(argument: _types_AccessReviewSubmission, callback: grpc.requestCallback<_types_AccessRequestV3__Output>): grpc.ClientUnaryCall;
  
  UpdatePluginData(argument: _types_PluginDataUpdateParams, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_google_protobuf_Empty__Output>): grpc.ClientUnaryCall;
  UpdatePluginData(argument: _types_PluginDataUpdateParams, metadata: grpc.Metadata, callback: grpc.requestCallback<_google_protobuf_Empty__Output>): grpc.ClientUnaryCall;
  UpdatePluginData(argument: _types_PluginDataUpdateParams, options: grpc.CallOptions, callback: grpc.requestCallback<_google_protobuf_Empty__Output>): grpc.ClientUnaryCall;
  UpdatePluginData(argument: _types_PluginDataUpdateParams, callback: grpc.requestCallback<_google_protobuf_Empty__Output>): grpc.ClientUnaryCall;
  updatePluginData(argument: _types_PluginDataUpdateParams, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_google_protobuf_Empty__Output>): grpc.ClientUnaryCall;
  updatePluginData(argument: _types_PluginDataUpdateParams, metadata: grpc.Metadata, callback: grpc.requestCallback<_google_protobuf_Empty__Output>): grpc.ClientUnaryCall;
  updatePluginData(argument: _types_PluginDataUpdateParams, options: grpc.CallOptions, callback: grpc.requestCallback<_google_protobuf_Empty__Output>): grpc.ClientUnaryCall;
  updatePluginData(argument: _types_PluginDataUpdateParams, callback: grpc.requestCallback<_google_protobuf_Empty__Output>): grpc.ClientUnaryCall;
  
  WatchEvents(argument: _proto_Watch, metadata: grpc.Metadata, options?: grpc.CallOptions): grpc.ClientReadableStream<_proto_Event__Output>;
  WatchEvents(argument: _proto_Watch, options?: grpc.CallOptions): grpc.ClientReadableStream<_proto_Event__Output>;
  watchEvents(argument: _proto_Watch, metadata: grpc.Metadata, options?: grpc.CallOptions): grpc.ClientReadableStream<_proto_Event__Output>;
  watchEvents(argument: _proto_Watch, options?: grpc.CallOptions): grpc.ClientReadableStream<_proto_Event__Output>;
  
}

export interface AuthServiceHandlers extends grpc.UntypedServiceImplementation {
  CreateAccessRequestV2: grpc.handleUnaryCall<_types_AccessRequestV3__Output, _types_AccessRequestV3>;
  
  DeleteAccessRequest: grpc.handleUnaryCall<_proto_RequestID__Output, _google_protobuf_Empty>;
  
  GetAccessCapabilities: grpc.handleUnaryCall<_types_AccessCapabilitiesRequest__Output, _types_AccessCapabilities>;
  
  GetAccessRequestsV2: grpc.handleServerStreamingCall<_types_AccessRequestFilter__Output, _types_AccessRequestV3>;
  
  GetPluginData: grpc.handleUnaryCall<_types_PluginDataFilter__Output, _proto_PluginDataSeq>;
  
  GetRole: grpc.handleUnaryCall<_proto_GetRoleRequest__Output, _types_RoleV6>;
  
  GetUser: grpc.handleUnaryCall<_proto_GetUserRequest__Output, _types_UserV2>;
  
  GetUsers: grpc.handleServerStreamingCall<_proto_GetUsersRequest__Output, _types_UserV2>;
  
  ListAccessRequests: grpc.handleUnaryCall<_proto_ListAccessRequestsRequest__Output, _proto_ListAccessRequestsResponse>;
  
  Ping: grpc.handleUnaryCall<_proto_PingRequest__Output, _proto_PingResponse>;
  
  SubmitAccessReview: grpc.handleUnaryCall<_types_AccessReviewSubmission__Output, _types_AccessRequestV3>;
  
  UpdatePluginData: grpc.handleUnaryCall<_types_PluginDataUpdateParams__Output, _google_protobuf_Empty>;
  
  WatchEvents: grpc.handleServerStreamingCall<_proto_Watch__Output, _proto_Event>;
  
}

export interface AuthServiceDefinition extends grpc.ServiceDefinition {
  CreateAccessRequestV2: MethodDefinition<_types_AccessRequestV3, _types_AccessRequestV3, _types_AccessRequestV3__Output, _types_AccessRequestV3__Output>
  DeleteAccessRequest: MethodDefinition<_proto_RequestID, _google_protobuf_Empty, _proto_RequestID__Output, _google_protobuf_Empty__Output>
  GetAccessCapabilities: MethodDefinition<_types_AccessCapabilitiesRequest, _types_AccessCapabilities, _types_AccessCapabilitiesRequest__Output, _types_AccessCapabilities__Output>
  GetAccessRequestsV2: MethodDefinition<_types_AccessRequestFilter, _types_AccessRequestV3, _types_AccessRequestFilter__Output, _types_AccessRequestV3__Output>
  GetPluginData: MethodDefinition<_types_PluginDataFilter, _proto_PluginDataSeq, _types_PluginDataFilter__Output, _proto_PluginDataSeq__Output>
  GetRole: MethodDefinition<_proto_GetRoleRequest, _types_RoleV6, _proto_GetRoleRequest__Output, _types_RoleV6__Output>
  GetUser: MethodDefinition<_proto_GetUserRequest, _types_UserV2, _proto_GetUserRequest__Output, _types_UserV2__Output>
  GetUsers: MethodDefinition<_proto_GetUsersRequest, _types_UserV2, _proto_GetUsersRequest__Output, _types_UserV2__Output>
  ListAccessRequests: MethodDefinition<_proto_ListAccessRequestsRequest, _proto_ListAccessRequestsResponse, _proto_ListAccessRequestsRequest__Output, _proto_ListAccessRequestsResponse__Output>
  Ping: MethodDefinition<_proto_PingRequest, _proto_PingResponse, _proto_PingRequest__Output, _proto_PingResponse__Output>
  SubmitAccessReview: MethodDefinition<_types_AccessReviewSubmission, _types_AccessRequestV3, _types_AccessReviewSubmission__Output, _types_AccessRequestV3__Output>
  UpdatePluginData: MethodDefinition<_types_PluginDataUpdateParams, _google_protobuf_Empty, _types_PluginDataUpdateParams__Output, _google_protobuf_Empty__Output>
  WatchEvents: MethodDefinition<_proto_Watch, _proto_Event, _proto_Watch__Output, _proto_Event__Output>
}
