import type * as grpc from '@grpc/grpc-js';
import type { EnumTypeDefinition, MessageTypeDefinition } from '@grpc/proto-loader';

import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from './google/protobuf/Timestamp';
import type { GetUserRequest as _teleport_users_v1_GetUserRequest, GetUserRequest__Output as _teleport_users_v1_GetUserRequest__Output } from './teleport/users/v1/GetUserRequest';
import type { GetUserResponse as _teleport_users_v1_GetUserResponse, GetUserResponse__Output as _teleport_users_v1_GetUserResponse__Output } from './teleport/users/v1/GetUserResponse';
import type { ListUsersRequest as _teleport_users_v1_ListUsersRequest, ListUsersRequest__Output as _teleport_users_v1_ListUsersRequest__Output } from './teleport/users/v1/ListUsersRequest';
import type { ListUsersResponse as _teleport_users_v1_ListUsersResponse, ListUsersResponse__Output as _teleport_users_v1_ListUsersResponse__Output } from './teleport/users/v1/ListUsersResponse';
import type { UsersServiceClient as _teleport_users_v1_UsersServiceClient, UsersServiceDefinition as _teleport_users_v1_UsersServiceDefinition } from './teleport/users/v1/UsersService';
import type { AWSConsoleResourceConstraints as _types_AWSConsoleResourceConstraints, AWSConsoleResourceConstraints__Output as _types_AWSConsoleResourceConstraints__Output } from './types/AWSConsoleResourceConstraints';
import type { AccessCapabilities as _types_AccessCapabilities, AccessCapabilities__Output as _types_AccessCapabilities__Output } from './types/AccessCapabilities';
import type { AccessCapabilitiesRequest as _types_AccessCapabilitiesRequest, AccessCapabilitiesRequest__Output as _types_AccessCapabilitiesRequest__Output } from './types/AccessCapabilitiesRequest';
import type { AccessRequestConditions as _types_AccessRequestConditions, AccessRequestConditions__Output as _types_AccessRequestConditions__Output } from './types/AccessRequestConditions';
import type { AccessRequestConditionsReason as _types_AccessRequestConditionsReason, AccessRequestConditionsReason__Output as _types_AccessRequestConditionsReason__Output } from './types/AccessRequestConditionsReason';
import type { AccessRequestFilter as _types_AccessRequestFilter, AccessRequestFilter__Output as _types_AccessRequestFilter__Output } from './types/AccessRequestFilter';
import type { AccessRequestSpecV3 as _types_AccessRequestSpecV3, AccessRequestSpecV3__Output as _types_AccessRequestSpecV3__Output } from './types/AccessRequestSpecV3';
import type { AccessRequestV3 as _types_AccessRequestV3, AccessRequestV3__Output as _types_AccessRequestV3__Output } from './types/AccessRequestV3';
import type { AccessReview as _types_AccessReview, AccessReview__Output as _types_AccessReview__Output } from './types/AccessReview';
import type { AccessReviewConditions as _types_AccessReviewConditions, AccessReviewConditions__Output as _types_AccessReviewConditions__Output } from './types/AccessReviewConditions';
import type { AccessReviewSubmission as _types_AccessReviewSubmission, AccessReviewSubmission__Output as _types_AccessReviewSubmission__Output } from './types/AccessReviewSubmission';
import type { AccessReviewThreshold as _types_AccessReviewThreshold, AccessReviewThreshold__Output as _types_AccessReviewThreshold__Output } from './types/AccessReviewThreshold';
import type { ClaimMapping as _types_ClaimMapping, ClaimMapping__Output as _types_ClaimMapping__Output } from './types/ClaimMapping';
import type { ConnectorRef as _types_ConnectorRef, ConnectorRef__Output as _types_ConnectorRef__Output } from './types/ConnectorRef';
import type { CreatedBy as _types_CreatedBy, CreatedBy__Output as _types_CreatedBy__Output } from './types/CreatedBy';
import type { DryRunEnrichment as _types_DryRunEnrichment, DryRunEnrichment__Output as _types_DryRunEnrichment__Output } from './types/DryRunEnrichment';
import type { ImpersonateConditions as _types_ImpersonateConditions, ImpersonateConditions__Output as _types_ImpersonateConditions__Output } from './types/ImpersonateConditions';
import type { Metadata as _types_Metadata, Metadata__Output as _types_Metadata__Output } from './types/Metadata';
import type { PluginDataEntry as _types_PluginDataEntry, PluginDataEntry__Output as _types_PluginDataEntry__Output } from './types/PluginDataEntry';
import type { PluginDataFilter as _types_PluginDataFilter, PluginDataFilter__Output as _types_PluginDataFilter__Output } from './types/PluginDataFilter';
import type { PluginDataSpecV3 as _types_PluginDataSpecV3, PluginDataSpecV3__Output as _types_PluginDataSpecV3__Output } from './types/PluginDataSpecV3';
import type { PluginDataUpdateParams as _types_PluginDataUpdateParams, PluginDataUpdateParams__Output as _types_PluginDataUpdateParams__Output } from './types/PluginDataUpdateParams';
import type { PluginDataV3 as _types_PluginDataV3, PluginDataV3__Output as _types_PluginDataV3__Output } from './types/PluginDataV3';
import type { PromotedAccessList as _types_PromotedAccessList, PromotedAccessList__Output as _types_PromotedAccessList__Output } from './types/PromotedAccessList';
import type { ResourceAccessID as _types_ResourceAccessID, ResourceAccessID__Output as _types_ResourceAccessID__Output } from './types/ResourceAccessID';
import type { ResourceConstraints as _types_ResourceConstraints, ResourceConstraints__Output as _types_ResourceConstraints__Output } from './types/ResourceConstraints';
import type { ResourceHeader as _types_ResourceHeader, ResourceHeader__Output as _types_ResourceHeader__Output } from './types/ResourceHeader';
import type { ResourceID as _types_ResourceID, ResourceID__Output as _types_ResourceID__Output } from './types/ResourceID';
import type { RoleConditions as _types_RoleConditions, RoleConditions__Output as _types_RoleConditions__Output } from './types/RoleConditions';
import type { RoleFilter as _types_RoleFilter, RoleFilter__Output as _types_RoleFilter__Output } from './types/RoleFilter';
import type { RoleOptions as _types_RoleOptions, RoleOptions__Output as _types_RoleOptions__Output } from './types/RoleOptions';
import type { RoleSpecV6 as _types_RoleSpecV6, RoleSpecV6__Output as _types_RoleSpecV6__Output } from './types/RoleSpecV6';
import type { RoleV6 as _types_RoleV6, RoleV6__Output as _types_RoleV6__Output } from './types/RoleV6';
import type { Rule as _types_Rule, Rule__Output as _types_Rule__Output } from './types/Rule';
import type { SSHResourceConstraints as _types_SSHResourceConstraints, SSHResourceConstraints__Output as _types_SSHResourceConstraints__Output } from './types/SSHResourceConstraints';
import type { ThresholdIndexSet as _types_ThresholdIndexSet, ThresholdIndexSet__Output as _types_ThresholdIndexSet__Output } from './types/ThresholdIndexSet';
import type { ThresholdIndexSets as _types_ThresholdIndexSets, ThresholdIndexSets__Output as _types_ThresholdIndexSets__Output } from './types/ThresholdIndexSets';
import type { UserFilter as _types_UserFilter, UserFilter__Output as _types_UserFilter__Output } from './types/UserFilter';
import type { UserRef as _types_UserRef, UserRef__Output as _types_UserRef__Output } from './types/UserRef';
import type { UserSpecV2 as _types_UserSpecV2, UserSpecV2__Output as _types_UserSpecV2__Output } from './types/UserSpecV2';
import type { UserV2 as _types_UserV2, UserV2__Output as _types_UserV2__Output } from './types/UserV2';
import type { WatchKind as _types_WatchKind, WatchKind__Output as _types_WatchKind__Output } from './types/WatchKind';
import type { WatchStatusSpecV1 as _types_WatchStatusSpecV1, WatchStatusSpecV1__Output as _types_WatchStatusSpecV1__Output } from './types/WatchStatusSpecV1';
import type { WatchStatusV1 as _types_WatchStatusV1, WatchStatusV1__Output as _types_WatchStatusV1__Output } from './types/WatchStatusV1';
import type { WindowsDesktopResourceConstraints as _types_WindowsDesktopResourceConstraints, WindowsDesktopResourceConstraints__Output as _types_WindowsDesktopResourceConstraints__Output } from './types/WindowsDesktopResourceConstraints';
import type { LabelValues as _wrappers_LabelValues, LabelValues__Output as _wrappers_LabelValues__Output } from './wrappers/LabelValues';
import type { StringValues as _wrappers_StringValues, StringValues__Output as _wrappers_StringValues__Output } from './wrappers/StringValues';

type SubtypeConstructor<Constructor extends new (...args: any) => any, Subtype> = {
  new(...args: ConstructorParameters<Constructor>): Subtype;
};

export interface ProtoGrpcType {
  google: {
    protobuf: {
      Timestamp: MessageTypeDefinition<_google_protobuf_Timestamp, _google_protobuf_Timestamp__Output>
    }
  }
  teleport: {
    users: {
      v1: {
        GetUserRequest: MessageTypeDefinition<_teleport_users_v1_GetUserRequest, _teleport_users_v1_GetUserRequest__Output>
        GetUserResponse: MessageTypeDefinition<_teleport_users_v1_GetUserResponse, _teleport_users_v1_GetUserResponse__Output>
        ListUsersRequest: MessageTypeDefinition<_teleport_users_v1_ListUsersRequest, _teleport_users_v1_ListUsersRequest__Output>
        ListUsersResponse: MessageTypeDefinition<_teleport_users_v1_ListUsersResponse, _teleport_users_v1_ListUsersResponse__Output>
        UsersService: SubtypeConstructor<typeof grpc.Client, _teleport_users_v1_UsersServiceClient> & { service: _teleport_users_v1_UsersServiceDefinition }
      }
    }
  }
  types: {
    AWSConsoleResourceConstraints: MessageTypeDefinition<_types_AWSConsoleResourceConstraints, _types_AWSConsoleResourceConstraints__Output>
    AccessCapabilities: MessageTypeDefinition<_types_AccessCapabilities, _types_AccessCapabilities__Output>
    AccessCapabilitiesRequest: MessageTypeDefinition<_types_AccessCapabilitiesRequest, _types_AccessCapabilitiesRequest__Output>
    AccessRequestConditions: MessageTypeDefinition<_types_AccessRequestConditions, _types_AccessRequestConditions__Output>
    AccessRequestConditionsReason: MessageTypeDefinition<_types_AccessRequestConditionsReason, _types_AccessRequestConditionsReason__Output>
    AccessRequestFilter: MessageTypeDefinition<_types_AccessRequestFilter, _types_AccessRequestFilter__Output>
    AccessRequestKind: EnumTypeDefinition
    AccessRequestScope: EnumTypeDefinition
    AccessRequestSpecV3: MessageTypeDefinition<_types_AccessRequestSpecV3, _types_AccessRequestSpecV3__Output>
    AccessRequestV3: MessageTypeDefinition<_types_AccessRequestV3, _types_AccessRequestV3__Output>
    AccessReview: MessageTypeDefinition<_types_AccessReview, _types_AccessReview__Output>
    AccessReviewConditions: MessageTypeDefinition<_types_AccessReviewConditions, _types_AccessReviewConditions__Output>
    AccessReviewSubmission: MessageTypeDefinition<_types_AccessReviewSubmission, _types_AccessReviewSubmission__Output>
    AccessReviewThreshold: MessageTypeDefinition<_types_AccessReviewThreshold, _types_AccessReviewThreshold__Output>
    ClaimMapping: MessageTypeDefinition<_types_ClaimMapping, _types_ClaimMapping__Output>
    ConnectorRef: MessageTypeDefinition<_types_ConnectorRef, _types_ConnectorRef__Output>
    CreatedBy: MessageTypeDefinition<_types_CreatedBy, _types_CreatedBy__Output>
    DryRunEnrichment: MessageTypeDefinition<_types_DryRunEnrichment, _types_DryRunEnrichment__Output>
    ImpersonateConditions: MessageTypeDefinition<_types_ImpersonateConditions, _types_ImpersonateConditions__Output>
    Metadata: MessageTypeDefinition<_types_Metadata, _types_Metadata__Output>
    PluginDataEntry: MessageTypeDefinition<_types_PluginDataEntry, _types_PluginDataEntry__Output>
    PluginDataFilter: MessageTypeDefinition<_types_PluginDataFilter, _types_PluginDataFilter__Output>
    PluginDataSpecV3: MessageTypeDefinition<_types_PluginDataSpecV3, _types_PluginDataSpecV3__Output>
    PluginDataUpdateParams: MessageTypeDefinition<_types_PluginDataUpdateParams, _types_PluginDataUpdateParams__Output>
    PluginDataV3: MessageTypeDefinition<_types_PluginDataV3, _types_PluginDataV3__Output>
    PromotedAccessList: MessageTypeDefinition<_types_PromotedAccessList, _types_PromotedAccessList__Output>
    RequestState: EnumTypeDefinition
    ResourceAccessID: MessageTypeDefinition<_types_ResourceAccessID, _types_ResourceAccessID__Output>
    ResourceConstraints: MessageTypeDefinition<_types_ResourceConstraints, _types_ResourceConstraints__Output>
    ResourceHeader: MessageTypeDefinition<_types_ResourceHeader, _types_ResourceHeader__Output>
    ResourceID: MessageTypeDefinition<_types_ResourceID, _types_ResourceID__Output>
    RoleConditions: MessageTypeDefinition<_types_RoleConditions, _types_RoleConditions__Output>
    RoleFilter: MessageTypeDefinition<_types_RoleFilter, _types_RoleFilter__Output>
    RoleOptions: MessageTypeDefinition<_types_RoleOptions, _types_RoleOptions__Output>
    RoleSpecV6: MessageTypeDefinition<_types_RoleSpecV6, _types_RoleSpecV6__Output>
    RoleV6: MessageTypeDefinition<_types_RoleV6, _types_RoleV6__Output>
    Rule: MessageTypeDefinition<_types_Rule, _types_Rule__Output>
    SSHResourceConstraints: MessageTypeDefinition<_types_SSHResourceConstraints, _types_SSHResourceConstraints__Output>
    ThresholdIndexSet: MessageTypeDefinition<_types_ThresholdIndexSet, _types_ThresholdIndexSet__Output>
    ThresholdIndexSets: MessageTypeDefinition<_types_ThresholdIndexSets, _types_ThresholdIndexSets__Output>
    UserFilter: MessageTypeDefinition<_types_UserFilter, _types_UserFilter__Output>
    UserRef: MessageTypeDefinition<_types_UserRef, _types_UserRef__Output>
    UserSpecV2: MessageTypeDefinition<_types_UserSpecV2, _types_UserSpecV2__Output>
    UserV2: MessageTypeDefinition<_types_UserV2, _types_UserV2__Output>
    WatchKind: MessageTypeDefinition<_types_WatchKind, _types_WatchKind__Output>
    WatchStatusSpecV1: MessageTypeDefinition<_types_WatchStatusSpecV1, _types_WatchStatusSpecV1__Output>
    WatchStatusV1: MessageTypeDefinition<_types_WatchStatusV1, _types_WatchStatusV1__Output>
    WindowsDesktopResourceConstraints: MessageTypeDefinition<_types_WindowsDesktopResourceConstraints, _types_WindowsDesktopResourceConstraints__Output>
  }
  wrappers: {
    LabelValues: MessageTypeDefinition<_wrappers_LabelValues, _wrappers_LabelValues__Output>
    StringValues: MessageTypeDefinition<_wrappers_StringValues, _wrappers_StringValues__Output>
  }
}

