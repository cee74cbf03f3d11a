// Original file: src/teleport/proto/accessmonitoringrules.proto

import type { AccessMonitoringRule as _teleport_accessmonitoringrules_v1_AccessMonitoringRule, AccessMonitoringRule__Output as _teleport_accessmonitoringrules_v1_AccessMonitoringRule__Output } from '../../../teleport/accessmonitoringrules/v1/AccessMonitoringRule';

export interface ListAccessMonitoringRulesResponse {
  'rules'?: (_teleport_accessmonitoringrules_v1_AccessMonitoringRule)[];
  'next_page_token'?: (string);
}

export interface ListAccessMonitoringRulesResponse__Output {
  'rules': (_teleport_accessmonitoringrules_v1_AccessMonitoringRule__Output)[];
  'next_page_token': (string);
}
