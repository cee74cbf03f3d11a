// Original file: src/teleport/proto/types.proto

export const RequestState = {
  NONE: 'NONE',
  PENDING: 'PENDING',
  APPROVED: 'APPROVED',
  DENIED: 'DENIED',
  PROMOTED: 'PROMOTED',
} as const;

export type RequestState =
  | 'NONE'
  | 0
  | 'PENDING'
  | 1
  | 'APPROVED'
  | 2
  | 'DENIED'
  | 3
  | 'PROMOTED'
  | 4

export type RequestState__Output = typeof RequestState[keyof typeof RequestState]
