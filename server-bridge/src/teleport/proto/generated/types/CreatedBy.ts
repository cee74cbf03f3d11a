// Original file: src/teleport/proto/types.proto

import type { ConnectorRef as _types_ConnectorRef, ConnectorRef__Output as _types_ConnectorRef__Output } from '../types/ConnectorRef';
import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../google/protobuf/Timestamp';
import type { UserRef as _types_UserRef, UserRef__Output as _types_UserRef__Output } from '../types/UserRef';

export interface CreatedBy {
  'Connector'?: (_types_ConnectorRef | null);
  'Time'?: (_google_protobuf_Timestamp | null);
  'User'?: (_types_UserRef | null);
}

export interface CreatedBy__Output {
  'Connector': (_types_ConnectorRef__Output | null);
  'Time': (_google_protobuf_Timestamp__Output | null);
  'User': (_types_UserRef__Output | null);
}
