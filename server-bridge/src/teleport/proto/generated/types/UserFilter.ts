// Original file: src/teleport/proto/types.proto


export interface UserFilter {
  'SearchKeywords'?: (string)[];
  'SkipSystemUsers'?: (boolean);
}

export interface UserFilter__Output {
  'SearchKeywords': (string)[];
  'SkipSystemUsers': (boolean);
}
