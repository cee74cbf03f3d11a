// Original file: src/teleport/proto/types.proto

import type { Long } from '@grpc/proto-loader';

export interface RoleOptions {
  'MaxSessionTTL'?: (number | string | Long);
  'RequestAccess'?: (string);
  'RequestPrompt'?: (string);
}

export interface RoleOptions__Output {
  'MaxSessionTTL': (number);
  'RequestAccess': (string);
  'RequestPrompt': (string);
}
