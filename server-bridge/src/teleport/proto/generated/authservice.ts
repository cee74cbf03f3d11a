import type * as grpc from '@grpc/grpc-js';
import type { EnumTypeDefinition, MessageTypeDefinition } from '@grpc/proto-loader';

import type { Empty as _google_protobuf_Empty, Empty__Output as _google_protobuf_Empty__Output } from './google/protobuf/Empty';
import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from './google/protobuf/Timestamp';
import type { AccessRequestsFeature as _proto_AccessRequestsFeature, AccessRequestsFeature__Output as _proto_AccessRequestsFeature__Output } from './proto/AccessRequestsFeature';
import type { AuthServiceClient as _proto_AuthServiceClient, AuthServiceDefinition as _proto_AuthServiceDefinition } from './proto/AuthService';
import type { EntitlementInfo as _proto_EntitlementInfo, EntitlementInfo__Output as _proto_EntitlementInfo__Output } from './proto/EntitlementInfo';
import type { Event as _proto_Event, Event__Output as _proto_Event__Output } from './proto/Event';
import type { Features as _proto_Features, Features__Output as _proto_Features__Output } from './proto/Features';
import type { GetRoleRequest as _proto_GetRoleRequest, GetRoleRequest__Output as _proto_GetRoleRequest__Output } from './proto/GetRoleRequest';
import type { GetUserRequest as _proto_GetUserRequest, GetUserRequest__Output as _proto_GetUserRequest__Output } from './proto/GetUserRequest';
import type { GetUsersRequest as _proto_GetUsersRequest, GetUsersRequest__Output as _proto_GetUsersRequest__Output } from './proto/GetUsersRequest';
import type { ListAccessRequestsRequest as _proto_ListAccessRequestsRequest, ListAccessRequestsRequest__Output as _proto_ListAccessRequestsRequest__Output } from './proto/ListAccessRequestsRequest';
import type { ListAccessRequestsResponse as _proto_ListAccessRequestsResponse, ListAccessRequestsResponse__Output as _proto_ListAccessRequestsResponse__Output } from './proto/ListAccessRequestsResponse';
import type { PingRequest as _proto_PingRequest, PingRequest__Output as _proto_PingRequest__Output } from './proto/PingRequest';
import type { PingResponse as _proto_PingResponse, PingResponse__Output as _proto_PingResponse__Output } from './proto/PingResponse';
import type { PluginDataSeq as _proto_PluginDataSeq, PluginDataSeq__Output as _proto_PluginDataSeq__Output } from './proto/PluginDataSeq';
import type { RequestID as _proto_RequestID, RequestID__Output as _proto_RequestID__Output } from './proto/RequestID';
import type { Watch as _proto_Watch, Watch__Output as _proto_Watch__Output } from './proto/Watch';
import type { AccessMonitoringRule as _teleport_accessmonitoringrules_v1_AccessMonitoringRule, AccessMonitoringRule__Output as _teleport_accessmonitoringrules_v1_AccessMonitoringRule__Output } from './teleport/accessmonitoringrules/v1/AccessMonitoringRule';
import type { AccessMonitoringRuleSpec as _teleport_accessmonitoringrules_v1_AccessMonitoringRuleSpec, AccessMonitoringRuleSpec__Output as _teleport_accessmonitoringrules_v1_AccessMonitoringRuleSpec__Output } from './teleport/accessmonitoringrules/v1/AccessMonitoringRuleSpec';
import type { AccessMonitoringRulesServiceClient as _teleport_accessmonitoringrules_v1_AccessMonitoringRulesServiceClient, AccessMonitoringRulesServiceDefinition as _teleport_accessmonitoringrules_v1_AccessMonitoringRulesServiceDefinition } from './teleport/accessmonitoringrules/v1/AccessMonitoringRulesService';
import type { AutomaticReview as _teleport_accessmonitoringrules_v1_AutomaticReview, AutomaticReview__Output as _teleport_accessmonitoringrules_v1_AutomaticReview__Output } from './teleport/accessmonitoringrules/v1/AutomaticReview';
import type { CreateAccessMonitoringRuleRequest as _teleport_accessmonitoringrules_v1_CreateAccessMonitoringRuleRequest, CreateAccessMonitoringRuleRequest__Output as _teleport_accessmonitoringrules_v1_CreateAccessMonitoringRuleRequest__Output } from './teleport/accessmonitoringrules/v1/CreateAccessMonitoringRuleRequest';
import type { DeleteAccessMonitoringRuleRequest as _teleport_accessmonitoringrules_v1_DeleteAccessMonitoringRuleRequest, DeleteAccessMonitoringRuleRequest__Output as _teleport_accessmonitoringrules_v1_DeleteAccessMonitoringRuleRequest__Output } from './teleport/accessmonitoringrules/v1/DeleteAccessMonitoringRuleRequest';
import type { GetAccessMonitoringRuleRequest as _teleport_accessmonitoringrules_v1_GetAccessMonitoringRuleRequest, GetAccessMonitoringRuleRequest__Output as _teleport_accessmonitoringrules_v1_GetAccessMonitoringRuleRequest__Output } from './teleport/accessmonitoringrules/v1/GetAccessMonitoringRuleRequest';
import type { ListAccessMonitoringRulesRequest as _teleport_accessmonitoringrules_v1_ListAccessMonitoringRulesRequest, ListAccessMonitoringRulesRequest__Output as _teleport_accessmonitoringrules_v1_ListAccessMonitoringRulesRequest__Output } from './teleport/accessmonitoringrules/v1/ListAccessMonitoringRulesRequest';
import type { ListAccessMonitoringRulesResponse as _teleport_accessmonitoringrules_v1_ListAccessMonitoringRulesResponse, ListAccessMonitoringRulesResponse__Output as _teleport_accessmonitoringrules_v1_ListAccessMonitoringRulesResponse__Output } from './teleport/accessmonitoringrules/v1/ListAccessMonitoringRulesResponse';
import type { ListAccessMonitoringRulesWithFilterRequest as _teleport_accessmonitoringrules_v1_ListAccessMonitoringRulesWithFilterRequest, ListAccessMonitoringRulesWithFilterRequest__Output as _teleport_accessmonitoringrules_v1_ListAccessMonitoringRulesWithFilterRequest__Output } from './teleport/accessmonitoringrules/v1/ListAccessMonitoringRulesWithFilterRequest';
import type { Notification as _teleport_accessmonitoringrules_v1_Notification, Notification__Output as _teleport_accessmonitoringrules_v1_Notification__Output } from './teleport/accessmonitoringrules/v1/Notification';
import type { Schedule as _teleport_accessmonitoringrules_v1_Schedule, Schedule__Output as _teleport_accessmonitoringrules_v1_Schedule__Output } from './teleport/accessmonitoringrules/v1/Schedule';
import type { TimeSchedule as _teleport_accessmonitoringrules_v1_TimeSchedule, TimeSchedule__Output as _teleport_accessmonitoringrules_v1_TimeSchedule__Output } from './teleport/accessmonitoringrules/v1/TimeSchedule';
import type { UpdateAccessMonitoringRuleRequest as _teleport_accessmonitoringrules_v1_UpdateAccessMonitoringRuleRequest, UpdateAccessMonitoringRuleRequest__Output as _teleport_accessmonitoringrules_v1_UpdateAccessMonitoringRuleRequest__Output } from './teleport/accessmonitoringrules/v1/UpdateAccessMonitoringRuleRequest';
import type { UpsertAccessMonitoringRuleRequest as _teleport_accessmonitoringrules_v1_UpsertAccessMonitoringRuleRequest, UpsertAccessMonitoringRuleRequest__Output as _teleport_accessmonitoringrules_v1_UpsertAccessMonitoringRuleRequest__Output } from './teleport/accessmonitoringrules/v1/UpsertAccessMonitoringRuleRequest';
import type { Metadata as _teleport_header_v1_Metadata, Metadata__Output as _teleport_header_v1_Metadata__Output } from './teleport/header/v1/Metadata';
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
      Empty: MessageTypeDefinition<_google_protobuf_Empty, _google_protobuf_Empty__Output>
      Timestamp: MessageTypeDefinition<_google_protobuf_Timestamp, _google_protobuf_Timestamp__Output>
    }
  }
  proto: {
    AccessRequestSort: EnumTypeDefinition
    AccessRequestsFeature: MessageTypeDefinition<_proto_AccessRequestsFeature, _proto_AccessRequestsFeature__Output>
    AuthService: SubtypeConstructor<typeof grpc.Client, _proto_AuthServiceClient> & { service: _proto_AuthServiceDefinition }
    EntitlementInfo: MessageTypeDefinition<_proto_EntitlementInfo, _proto_EntitlementInfo__Output>
    Event: MessageTypeDefinition<_proto_Event, _proto_Event__Output>
    Features: MessageTypeDefinition<_proto_Features, _proto_Features__Output>
    GetRoleRequest: MessageTypeDefinition<_proto_GetRoleRequest, _proto_GetRoleRequest__Output>
    GetUserRequest: MessageTypeDefinition<_proto_GetUserRequest, _proto_GetUserRequest__Output>
    GetUsersRequest: MessageTypeDefinition<_proto_GetUsersRequest, _proto_GetUsersRequest__Output>
    ListAccessRequestsRequest: MessageTypeDefinition<_proto_ListAccessRequestsRequest, _proto_ListAccessRequestsRequest__Output>
    ListAccessRequestsResponse: MessageTypeDefinition<_proto_ListAccessRequestsResponse, _proto_ListAccessRequestsResponse__Output>
    Operation: EnumTypeDefinition
    PingRequest: MessageTypeDefinition<_proto_PingRequest, _proto_PingRequest__Output>
    PingResponse: MessageTypeDefinition<_proto_PingResponse, _proto_PingResponse__Output>
    PluginDataSeq: MessageTypeDefinition<_proto_PluginDataSeq, _proto_PluginDataSeq__Output>
    RequestID: MessageTypeDefinition<_proto_RequestID, _proto_RequestID__Output>
    Watch: MessageTypeDefinition<_proto_Watch, _proto_Watch__Output>
  }
  teleport: {
    accessmonitoringrules: {
      v1: {
        AccessMonitoringRule: MessageTypeDefinition<_teleport_accessmonitoringrules_v1_AccessMonitoringRule, _teleport_accessmonitoringrules_v1_AccessMonitoringRule__Output>
        AccessMonitoringRuleSpec: MessageTypeDefinition<_teleport_accessmonitoringrules_v1_AccessMonitoringRuleSpec, _teleport_accessmonitoringrules_v1_AccessMonitoringRuleSpec__Output>
        AccessMonitoringRulesService: SubtypeConstructor<typeof grpc.Client, _teleport_accessmonitoringrules_v1_AccessMonitoringRulesServiceClient> & { service: _teleport_accessmonitoringrules_v1_AccessMonitoringRulesServiceDefinition }
        AutomaticReview: MessageTypeDefinition<_teleport_accessmonitoringrules_v1_AutomaticReview, _teleport_accessmonitoringrules_v1_AutomaticReview__Output>
        CreateAccessMonitoringRuleRequest: MessageTypeDefinition<_teleport_accessmonitoringrules_v1_CreateAccessMonitoringRuleRequest, _teleport_accessmonitoringrules_v1_CreateAccessMonitoringRuleRequest__Output>
        DeleteAccessMonitoringRuleRequest: MessageTypeDefinition<_teleport_accessmonitoringrules_v1_DeleteAccessMonitoringRuleRequest, _teleport_accessmonitoringrules_v1_DeleteAccessMonitoringRuleRequest__Output>
        GetAccessMonitoringRuleRequest: MessageTypeDefinition<_teleport_accessmonitoringrules_v1_GetAccessMonitoringRuleRequest, _teleport_accessmonitoringrules_v1_GetAccessMonitoringRuleRequest__Output>
        ListAccessMonitoringRulesRequest: MessageTypeDefinition<_teleport_accessmonitoringrules_v1_ListAccessMonitoringRulesRequest, _teleport_accessmonitoringrules_v1_ListAccessMonitoringRulesRequest__Output>
        ListAccessMonitoringRulesResponse: MessageTypeDefinition<_teleport_accessmonitoringrules_v1_ListAccessMonitoringRulesResponse, _teleport_accessmonitoringrules_v1_ListAccessMonitoringRulesResponse__Output>
        ListAccessMonitoringRulesWithFilterRequest: MessageTypeDefinition<_teleport_accessmonitoringrules_v1_ListAccessMonitoringRulesWithFilterRequest, _teleport_accessmonitoringrules_v1_ListAccessMonitoringRulesWithFilterRequest__Output>
        Notification: MessageTypeDefinition<_teleport_accessmonitoringrules_v1_Notification, _teleport_accessmonitoringrules_v1_Notification__Output>
        Schedule: MessageTypeDefinition<_teleport_accessmonitoringrules_v1_Schedule, _teleport_accessmonitoringrules_v1_Schedule__Output>
        TimeSchedule: MessageTypeDefinition<_teleport_accessmonitoringrules_v1_TimeSchedule, _teleport_accessmonitoringrules_v1_TimeSchedule__Output>
        UpdateAccessMonitoringRuleRequest: MessageTypeDefinition<_teleport_accessmonitoringrules_v1_UpdateAccessMonitoringRuleRequest, _teleport_accessmonitoringrules_v1_UpdateAccessMonitoringRuleRequest__Output>
        UpsertAccessMonitoringRuleRequest: MessageTypeDefinition<_teleport_accessmonitoringrules_v1_UpsertAccessMonitoringRuleRequest, _teleport_accessmonitoringrules_v1_UpsertAccessMonitoringRuleRequest__Output>
      }
    }
    header: {
      v1: {
        Metadata: MessageTypeDefinition<_teleport_header_v1_Metadata, _teleport_header_v1_Metadata__Output>
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

