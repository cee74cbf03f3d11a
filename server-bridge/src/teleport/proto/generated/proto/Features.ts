// Original file: src/teleport/proto/authservice.proto

import type { AccessRequestsFeature as _proto_AccessRequestsFeature, AccessRequestsFeature__Output as _proto_AccessRequestsFeature__Output } from '../proto/AccessRequestsFeature';
import type { EntitlementInfo as _proto_EntitlementInfo, EntitlementInfo__Output as _proto_EntitlementInfo__Output } from '../proto/EntitlementInfo';

export interface Features {
  'AccessControls'?: (boolean);
  'AdvancedAccessWorkflows'?: (boolean);
  'Cloud'?: (boolean);
  'Plugins'?: (boolean);
  'IsUsageBased'?: (boolean);
  'AccessRequests'?: (_proto_AccessRequestsFeature | null);
  'IdentityGovernance'?: (boolean);
  'entitlements'?: ({[key: string]: _proto_EntitlementInfo});
}

export interface Features__Output {
  'AccessControls': (boolean);
  'AdvancedAccessWorkflows': (boolean);
  'Cloud': (boolean);
  'Plugins': (boolean);
  'IsUsageBased': (boolean);
  'AccessRequests': (_proto_AccessRequestsFeature__Output | null);
  'IdentityGovernance': (boolean);
  'entitlements': ({[key: string]: _proto_EntitlementInfo__Output});
}
