// Original file: src/teleport/proto/types.proto


export interface PromotedAccessList {
  'Name'?: (string);
  'Title'?: (string);
}

export interface PromotedAccessList__Output {
  'Name': (string);
  'Title': (string);
}
