// Original file: src/teleport/proto/accessmonitoringrules.proto


export interface GetAccessMonitoringRuleRequest {
  'name'?: (string);
}

export interface GetAccessMonitoringRuleRequest__Output {
  'name': (string);
}
