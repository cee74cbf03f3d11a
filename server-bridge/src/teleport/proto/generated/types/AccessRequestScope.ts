// Original file: src/teleport/proto/types.proto

export const AccessRequestScope = {
  DEFAULT: 'DEFAULT',
  MY_REQUESTS: 'MY_REQUESTS',
  NEEDS_REVIEW: 'NEEDS_REVIEW',
  REVIEWED: 'REVIEWED',
} as const;

export type AccessRequestScope =
  | 'DEFAULT'
  | 0
  | 'MY_REQUESTS'
  | 1
  | 'NEEDS_REVIEW'
  | 2
  | 'REVIEWED'
  | 3

export type AccessRequestScope__Output = typeof AccessRequestScope[keyof typeof AccessRequestScope]
