// Original file: src/teleport/proto/accessmonitoringrules.proto


export interface DeleteAccessMonitoringRuleRequest {
  'name'?: (string);
}

export interface DeleteAccessMonitoringRuleRequest__Output {
  'name': (string);
}
