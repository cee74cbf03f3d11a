// Original file: src/teleport/proto/types.proto


export interface RoleFilter {
  'SearchKeywords'?: (string)[];
  'SkipSystemRoles'?: (boolean);
}

export interface RoleFilter__Output {
  'SearchKeywords': (string)[];
  'SkipSystemRoles': (boolean);
}
