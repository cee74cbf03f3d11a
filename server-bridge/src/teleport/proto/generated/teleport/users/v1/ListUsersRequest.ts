// Original file: src/teleport/proto/users.proto

import type { UserFilter as _types_UserFilter, UserFilter__Output as _types_UserFilter__Output } from '../../../types/UserFilter';

export interface ListUsersRequest {
  'page_size'?: (number);
  'page_token'?: (string);
  'with_secrets'?: (boolean);
  'filter'?: (_types_UserFilter | null);
}

export interface ListUsersRequest__Output {
  'page_size': (number);
  'page_token': (string);
  'with_secrets': (boolean);
  'filter': (_types_UserFilter__Output | null);
}
