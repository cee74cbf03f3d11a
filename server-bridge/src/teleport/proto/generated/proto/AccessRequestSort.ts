// Original file: src/teleport/proto/authservice.proto

export const AccessRequestSort = {
  DEFAULT: 'DEFAULT',
  CREATED: 'CREATED',
  STATE: 'STATE',
  USER: 'USER',
} as const;

export type AccessRequestSort =
  | 'DEFAULT'
  | 0
  | 'CREATED'
  | 1
  | 'STATE'
  | 2
  | 'USER'
  | 3

export type AccessRequestSort__Output = typeof AccessRequestSort[keyof typeof AccessRequestSort]
