// Original file: src/teleport/proto/users.proto

import type { UserV2 as _types_UserV2, UserV2__Output as _types_UserV2__Output } from '../../../types/UserV2';

export interface ListUsersResponse {
  'users'?: (_types_UserV2)[];
  'next_page_token'?: (string);
}

export interface ListUsersResponse__Output {
  'users': (_types_UserV2__Output)[];
  'next_page_token': (string);
}
