// Original file: src/teleport/proto/authservice.proto

import type { Operation as _proto_Operation, Operation__Output as _proto_Operation__Output } from '../proto/Operation';
import type { ResourceHeader as _types_ResourceHeader, ResourceHeader__Output as _types_ResourceHeader__Output } from '../types/ResourceHeader';
import type { UserV2 as _types_UserV2, UserV2__Output as _types_UserV2__Output } from '../types/UserV2';
import type { RoleV6 as _types_RoleV6, RoleV6__Output as _types_RoleV6__Output } from '../types/RoleV6';
import type { AccessRequestV3 as _types_AccessRequestV3, AccessRequestV3__Output as _types_AccessRequestV3__Output } from '../types/AccessRequestV3';
import type { WatchStatusV1 as _types_WatchStatusV1, WatchStatusV1__Output as _types_WatchStatusV1__Output } from '../types/WatchStatusV1';
import type { AccessMonitoringRule as _teleport_accessmonitoringrules_v1_AccessMonitoringRule, AccessMonitoringRule__Output as _teleport_accessmonitoringrules_v1_AccessMonitoringRule__Output } from '../teleport/accessmonitoringrules/v1/AccessMonitoringRule';

export interface Event {
  'Type'?: (_proto_Operation);
  'ResourceHeader'?: (_types_ResourceHeader | null);
  'User'?: (_types_UserV2 | null);
  'Role'?: (_types_RoleV6 | null);
  'AccessRequest'?: (_types_AccessRequestV3 | null);
  'WatchStatus'?: (_types_WatchStatusV1 | null);
  'AccessMonitoringRule'?: (_teleport_accessmonitoringrules_v1_AccessMonitoringRule | null);
  'Resource'?: "ResourceHeader"|"User"|"Role"|"AccessRequest"|"WatchStatus"|"AccessMonitoringRule";
}

export interface Event__Output {
  'Type': (_proto_Operation__Output);
  'ResourceHeader'?: (_types_ResourceHeader__Output | null);
  'User'?: (_types_UserV2__Output | null);
  'Role'?: (_types_RoleV6__Output | null);
  'AccessRequest'?: (_types_AccessRequestV3__Output | null);
  'WatchStatus'?: (_types_WatchStatusV1__Output | null);
  'AccessMonitoringRule'?: (_teleport_accessmonitoringrules_v1_AccessMonitoringRule__Output | null);
  'Resource'?: "ResourceHeader"|"User"|"Role"|"AccessRequest"|"WatchStatus"|"AccessMonitoringRule";
}
