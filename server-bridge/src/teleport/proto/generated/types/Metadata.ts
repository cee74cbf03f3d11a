// Original file: src/teleport/proto/types.proto

import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../google/protobuf/Timestamp';

export interface Metadata {
  'Name'?: (string);
  'Namespace'?: (string);
  'Description'?: (string);
  'Labels'?: ({[key: string]: string});
  'Expires'?: (_google_protobuf_Timestamp | null);
  'Revision'?: (string);
}

export interface Metadata__Output {
  'Name': (string);
  'Namespace': (string);
  'Description': (string);
  'Labels': ({[key: string]: string});
  'Expires': (_google_protobuf_Timestamp__Output | null);
  'Revision': (string);
}
