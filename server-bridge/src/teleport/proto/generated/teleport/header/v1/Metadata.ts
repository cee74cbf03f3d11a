// Original file: src/teleport/proto/header.proto

import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../../google/protobuf/Timestamp';

export interface Metadata {
  'name'?: (string);
  'namespace'?: (string);
  'description'?: (string);
  'labels'?: ({[key: string]: string});
  'expires'?: (_google_protobuf_Timestamp | null);
  'revision'?: (string);
}

export interface Metadata__Output {
  'name': (string);
  'namespace': (string);
  'description': (string);
  'labels': ({[key: string]: string});
  'expires': (_google_protobuf_Timestamp__Output | null);
  'revision': (string);
}
