// Original file: src/teleport/proto/accessmonitoringrules.proto

import type { AccessMonitoringRule as _teleport_accessmonitoringrules_v1_AccessMonitoringRule, AccessMonitoringRule__Output as _teleport_accessmonitoringrules_v1_AccessMonitoringRule__Output } from '../../../teleport/accessmonitoringrules/v1/AccessMonitoringRule';

export interface UpsertAccessMonitoringRuleRequest {
  'rule'?: (_teleport_accessmonitoringrules_v1_AccessMonitoringRule | null);
}

export interface UpsertAccessMonitoringRuleRequest__Output {
  'rule': (_teleport_accessmonitoringrules_v1_AccessMonitoringRule__Output | null);
}
