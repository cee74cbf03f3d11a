// Original file: src/teleport/proto/types.proto


export interface ThresholdIndexSet {
  'Indexes'?: (number)[];
}

export interface ThresholdIndexSet__Output {
  'Indexes': (number)[];
}
