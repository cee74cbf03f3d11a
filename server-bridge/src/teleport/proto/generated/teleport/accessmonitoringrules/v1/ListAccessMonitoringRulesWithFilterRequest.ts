// Original file: src/teleport/proto/accessmonitoringrules.proto

import type { Long } from '@grpc/proto-loader';

export interface ListAccessMonitoringRulesWithFilterRequest {
  'page_size'?: (number | string | Long);
  'page_token'?: (string);
  'subjects'?: (string)[];
  'notification_name'?: (string);
  'automatic_review_name'?: (string);
}

export interface ListAccessMonitoringRulesWithFilterRequest__Output {
  'page_size': (number);
  'page_token': (string);
  'subjects': (string)[];
  'notification_name': (string);
  'automatic_review_name': (string);
}
