// Original file: src/teleport/proto/types.proto

import type { ResourceID as _types_ResourceID, ResourceID__Output as _types_ResourceID__Output } from '../types/ResourceID';

export interface AccessCapabilitiesRequest {
  'User'?: (string);
  'RequestableRoles'?: (boolean);
  'SuggestedReviewers'?: (boolean);
  'ResourceIDs'?: (_types_ResourceID)[];
  'Login'?: (string);
  'FilterRequestableRolesByResource'?: (boolean);
}

export interface AccessCapabilitiesRequest__Output {
  'User': (string);
  'RequestableRoles': (boolean);
  'SuggestedReviewers': (boolean);
  'ResourceIDs': (_types_ResourceID__Output)[];
  'Login': (string);
  'FilterRequestableRolesByResource': (boolean);
}
