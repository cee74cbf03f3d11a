// Original file: src/teleport/proto/types.proto

import type { ResourceID as _types_ResourceID, ResourceID__Output as _types_ResourceID__Output } from '../types/ResourceID';
import type { ResourceConstraints as _types_ResourceConstraints, ResourceConstraints__Output as _types_ResourceConstraints__Output } from '../types/ResourceConstraints';

export interface ResourceAccessID {
  'id'?: (_types_ResourceID | null);
  'constraints'?: (_types_ResourceConstraints | null);
}

export interface ResourceAccessID__Output {
  'id': (_types_ResourceID__Output | null);
  'constraints': (_types_ResourceConstraints__Output | null);
}
