// Original file: src/teleport/proto/types.proto


export interface ResourceID {
  'ClusterName'?: (string);
  'Kind'?: (string);
  'Name'?: (string);
  'SubResourceName'?: (string);
}

export interface ResourceID__Output {
  'ClusterName': (string);
  'Kind': (string);
  'Name': (string);
  'SubResourceName': (string);
}
