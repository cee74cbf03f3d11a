// Original file: src/teleport/proto/authservice.proto

import type { Features as _proto_Features, Features__Output as _proto_Features__Output } from '../proto/Features';
import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../google/protobuf/Timestamp';

export interface PingResponse {
  'ClusterName'?: (string);
  'ServerVersion'?: (string);
  'ServerFeatures'?: (_proto_Features | null);
  'ProxyPublicAddr'?: (string);
  'IsBoring'?: (boolean);
  'RemoteAddr'?: (string);
  'LoadAllCAs'?: (boolean);
  'LicenseExpiry'?: (_google_protobuf_Timestamp | null);
}

export interface PingResponse__Output {
  'ClusterName': (string);
  'ServerVersion': (string);
  'ServerFeatures': (_proto_Features__Output | null);
  'ProxyPublicAddr': (string);
  'IsBoring': (boolean);
  'RemoteAddr': (string);
  'LoadAllCAs': (boolean);
  'LicenseExpiry': (_google_protobuf_Timestamp__Output | null);
}
