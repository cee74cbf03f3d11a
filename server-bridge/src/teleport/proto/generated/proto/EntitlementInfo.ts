// Original file: src/teleport/proto/authservice.proto


export interface EntitlementInfo {
  'enabled'?: (boolean);
  'limit'?: (number);
}

export interface EntitlementInfo__Output {
  'enabled': (boolean);
  'limit': (number);
}
