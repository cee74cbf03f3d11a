// Original file: src/teleport/proto/authservice.proto

import type { AccessRequestFilter as _types_AccessRequestFilter, AccessRequestFilter__Output as _types_AccessRequestFilter__Output } from '../types/AccessRequestFilter';
import type { AccessRequestSort as _proto_AccessRequestSort, AccessRequestSort__Output as _proto_AccessRequestSort__Output } from '../proto/AccessRequestSort';

export interface ListAccessRequestsRequest {
  'Filter'?: (_types_AccessRequestFilter | null);
  'Sort'?: (_proto_AccessRequestSort);
  'Descending'?: (boolean);
  'Limit'?: (number);
  'StartKey'?: (string);
}

export interface ListAccessRequestsRequest__Output {
  'Filter': (_types_AccessRequestFilter__Output | null);
  'Sort': (_proto_AccessRequestSort__Output);
  'Descending': (boolean);
  'Limit': (number);
  'StartKey': (string);
}
