// Original file: src/teleport/proto/accessmonitoringrules.proto

import type { Long } from '@grpc/proto-loader';

export interface ListAccessMonitoringRulesRequest {
  'page_size'?: (number | string | Long);
  'page_token'?: (string);
}

export interface ListAccessMonitoringRulesRequest__Output {
  'page_size': (number);
  'page_token': (string);
}
