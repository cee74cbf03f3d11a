// Original file: src/teleport/proto/users.proto

import type { UserV2 as _types_UserV2, UserV2__Output as _types_UserV2__Output } from '../../../types/UserV2';

export interface GetUserResponse {
  'user'?: (_types_UserV2 | null);
}

export interface GetUserResponse__Output {
  'user': (_types_UserV2__Output | null);
}
