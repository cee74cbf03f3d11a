// Original file: src/teleport/proto/types.proto

import type { RequestState as _types_RequestState, RequestState__Output as _types_RequestState__Output } from '../types/RequestState';
import type { AccessRequestScope as _types_AccessRequestScope, AccessRequestScope__Output as _types_AccessRequestScope__Output } from '../types/AccessRequestScope';

export interface AccessRequestFilter {
  'ID'?: (string);
  'User'?: (string);
  'State'?: (_types_RequestState);
  'SearchKeywords'?: (string)[];
  'Scope'?: (_types_AccessRequestScope);
  'Requester'?: (string);
}

export interface AccessRequestFilter__Output {
  'ID': (string);
  'User': (string);
  'State': (_types_RequestState__Output);
  'SearchKeywords': (string)[];
  'Scope': (_types_AccessRequestScope__Output);
  'Requester': (string);
}
