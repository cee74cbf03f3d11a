// Original file: src/teleport/proto/types.proto

import type { LabelValues as _wrappers_LabelValues, LabelValues__Output as _wrappers_LabelValues__Output } from '../wrappers/LabelValues';
import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../google/protobuf/Timestamp';
import type { CreatedBy as _types_CreatedBy, CreatedBy__Output as _types_CreatedBy__Output } from '../types/CreatedBy';

export interface UserSpecV2 {
  'Roles'?: (string)[];
  'Traits'?: (_wrappers_LabelValues | null);
  'Expires'?: (_google_protobuf_Timestamp | null);
  'CreatedBy'?: (_types_CreatedBy | null);
}

export interface UserSpecV2__Output {
  'Roles': (string)[];
  'Traits': (_wrappers_LabelValues__Output | null);
  'Expires': (_google_protobuf_Timestamp__Output | null);
  'CreatedBy': (_types_CreatedBy__Output | null);
}
