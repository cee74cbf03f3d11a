// Original file: src/teleport/proto/types.proto

export const AccessRequestKind = {
  UNDEFINED: 'UNDEFINED',
  SHORT_TERM: 'SHORT_TERM',
  LONG_TERM: 'LONG_TERM',
} as const;

export type AccessRequestKind =
  | 'UNDEFINED'
  | 0
  | 'SHORT_TERM'
  | 1
  | 'LONG_TERM'
  | 2

export type AccessRequestKind__Output = typeof AccessRequestKind[keyof typeof AccessRequestKind]
