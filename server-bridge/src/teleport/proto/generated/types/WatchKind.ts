// Original file: src/teleport/proto/types.proto


export interface WatchKind {
  'Kind'?: (string);
  'LoadSecrets'?: (boolean);
  'Name'?: (string);
  'Filter'?: ({[key: string]: string});
  'SubKind'?: (string);
  'Version'?: (string);
}

export interface WatchKind__Output {
  'Kind': (string);
  'LoadSecrets': (boolean);
  'Name': (string);
  'Filter': ({[key: string]: string});
  'SubKind': (string);
  'Version': (string);
}
