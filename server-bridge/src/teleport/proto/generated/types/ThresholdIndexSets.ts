// Original file: src/teleport/proto/types.proto

import type { ThresholdIndexSet as _types_ThresholdIndexSet, ThresholdIndexSet__Output as _types_ThresholdIndexSet__Output } from '../types/ThresholdIndexSet';

export interface ThresholdIndexSets {
  'Sets'?: (_types_ThresholdIndexSet)[];
}

export interface ThresholdIndexSets__Output {
  'Sets': (_types_ThresholdIndexSet__Output)[];
}
