import type * as grpc from '@grpc/grpc-js';
import type { MessageTypeDefinition } from '@grpc/proto-loader';

import type { Empty as _google_protobuf_Empty, Empty__Output as _google_protobuf_Empty__Output } from './google/protobuf/Empty';
import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from './google/protobuf/Timestamp';
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
}

