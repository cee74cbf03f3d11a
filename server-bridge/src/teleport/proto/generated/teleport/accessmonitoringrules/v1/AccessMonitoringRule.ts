// Original file: src/teleport/proto/accessmonitoringrules.proto

import type { Metadata as _teleport_header_v1_Metadata, Metadata__Output as _teleport_header_v1_Metadata__Output } from '../../../teleport/header/v1/Metadata';
import type { AccessMonitoringRuleSpec as _teleport_accessmonitoringrules_v1_AccessMonitoringRuleSpec, AccessMonitoringRuleSpec__Output as _teleport_accessmonitoringrules_v1_AccessMonitoringRuleSpec__Output } from '../../../teleport/accessmonitoringrules/v1/AccessMonitoringRuleSpec';

export interface AccessMonitoringRule {
  'metadata'?: (_teleport_header_v1_Metadata | null);
  'kind'?: (string);
  'sub_kind'?: (string);
  'version'?: (string);
  'spec'?: (_teleport_accessmonitoringrules_v1_AccessMonitoringRuleSpec | null);
}

export interface AccessMonitoringRule__Output {
  'metadata': (_teleport_header_v1_Metadata__Output | null);
  'kind': (string);
  'sub_kind': (string);
  'version': (string);
  'spec': (_teleport_accessmonitoringrules_v1_AccessMonitoringRuleSpec__Output | null);
}
