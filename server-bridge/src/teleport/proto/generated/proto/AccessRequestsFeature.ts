// Original file: src/teleport/proto/authservice.proto


export interface AccessRequestsFeature {
  'monthly_request_limit'?: (number);
}

export interface AccessRequestsFeature__Output {
  'monthly_request_limit': (number);
}
