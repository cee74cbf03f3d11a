// Original file: src/teleport/proto/types.proto


export interface AccessReviewThreshold {
  'Name'?: (string);
  'Filter'?: (string);
  'Approve'?: (number);
  'Deny'?: (number);
}

export interface AccessReviewThreshold__Output {
  'Name': (string);
  'Filter': (string);
  'Approve': (number);
  'Deny': (number);
}
