// Original file: src/teleport/proto/types.proto

import type { RequestState as _types_RequestState, RequestState__Output as _types_RequestState__Output } from '../types/RequestState';
import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../google/protobuf/Timestamp';
import type { LabelValues as _wrappers_LabelValues, LabelValues__Output as _wrappers_LabelValues__Output } from '../wrappers/LabelValues';
import type { PromotedAccessList as _types_PromotedAccessList, PromotedAccessList__Output as _types_PromotedAccessList__Output } from '../types/PromotedAccessList';

export interface AccessReview {
  'Author'?: (string);
  'Roles'?: (string)[];
  'ProposedState'?: (_types_RequestState);
  'Reason'?: (string);
  'Created'?: (_google_protobuf_Timestamp | null);
  'Annotations'?: (_wrappers_LabelValues | null);
  'ThresholdIndexes'?: (number)[];
  'accessList'?: (_types_PromotedAccessList | null);
  'AssumeStartTime'?: (_google_protobuf_Timestamp | null);
  'SubmittedBy'?: (string);
  'submitted_on_behalf_of_author'?: (boolean);
}

export interface AccessReview__Output {
  'Author': (string);
  'Roles': (string)[];
  'ProposedState': (_types_RequestState__Output);
  'Reason': (string);
  'Created': (_google_protobuf_Timestamp__Output | null);
  'Annotations': (_wrappers_LabelValues__Output | null);
  'ThresholdIndexes': (number)[];
  'accessList': (_types_PromotedAccessList__Output | null);
  'AssumeStartTime': (_google_protobuf_Timestamp__Output | null);
  'SubmittedBy': (string);
  'submitted_on_behalf_of_author': (boolean);
}
