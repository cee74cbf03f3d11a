// Original file: src/teleport/proto/authservice.proto

import type { AccessRequestV3 as _types_AccessRequestV3, AccessRequestV3__Output as _types_AccessRequestV3__Output } from '../types/AccessRequestV3';

export interface ListAccessRequestsResponse {
  'AccessRequests'?: (_types_AccessRequestV3)[];
  'NextKey'?: (string);
}

export interface ListAccessRequestsResponse__Output {
  'AccessRequests': (_types_AccessRequestV3__Output)[];
  'NextKey': (string);
}
