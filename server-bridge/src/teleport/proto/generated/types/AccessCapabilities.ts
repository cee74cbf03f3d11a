// Original file: src/teleport/proto/types.proto


export interface AccessCapabilities {
  'RequestableRoles'?: (string)[];
  'SuggestedReviewers'?: (string)[];
  'ApplicableRolesForResources'?: (string)[];
  'RequestPrompt'?: (string);
  'RequireReason'?: (boolean);
  'AutoRequest'?: (boolean);
}

export interface AccessCapabilities__Output {
  'RequestableRoles': (string)[];
  'SuggestedReviewers': (string)[];
  'ApplicableRolesForResources': (string)[];
  'RequestPrompt': (string);
  'RequireReason': (boolean);
  'AutoRequest': (boolean);
}
