// Original file: src/teleport/proto/authservice.proto

export const Operation = {
  INIT: 'INIT',
  PUT: 'PUT',
  DELETE: 'DELETE',
} as const;

export type Operation =
  | 'INIT'
  | 0
  | 'PUT'
  | 1
  | 'DELETE'
  | 2

export type Operation__Output = typeof Operation[keyof typeof Operation]
