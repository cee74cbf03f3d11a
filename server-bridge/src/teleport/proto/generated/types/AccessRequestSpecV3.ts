// Original file: src/teleport/proto/types.proto

import type { RequestState as _types_RequestState, RequestState__Output as _types_RequestState__Output } from '../types/RequestState';
import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../google/protobuf/Timestamp';
import type { LabelValues as _wrappers_LabelValues, LabelValues__Output as _wrappers_LabelValues__Output } from '../wrappers/LabelValues';
import type { AccessReviewThreshold as _types_AccessReviewThreshold, AccessReviewThreshold__Output as _types_AccessReviewThreshold__Output } from '../types/AccessReviewThreshold';
import type { ThresholdIndexSets as _types_ThresholdIndexSets, ThresholdIndexSets__Output as _types_ThresholdIndexSets__Output } from '../types/ThresholdIndexSets';
import type { AccessReview as _types_AccessReview, AccessReview__Output as _types_AccessReview__Output } from '../types/AccessReview';
import type { ResourceID as _types_ResourceID, ResourceID__Output as _types_ResourceID__Output } from '../types/ResourceID';
import type { PromotedAccessList as _types_PromotedAccessList, PromotedAccessList__Output as _types_PromotedAccessList__Output } from '../types/PromotedAccessList';
import type { DryRunEnrichment as _types_DryRunEnrichment, DryRunEnrichment__Output as _types_DryRunEnrichment__Output } from '../types/DryRunEnrichment';
import type { AccessRequestKind as _types_AccessRequestKind, AccessRequestKind__Output as _types_AccessRequestKind__Output } from '../types/AccessRequestKind';
import type { ResourceAccessID as _types_ResourceAccessID, ResourceAccessID__Output as _types_ResourceAccessID__Output } from '../types/ResourceAccessID';

export interface AccessRequestSpecV3 {
  'User'?: (string);
  'Roles'?: (string)[];
  'State'?: (_types_RequestState);
  'Created'?: (_google_protobuf_Timestamp | null);
  'Expires'?: (_google_protobuf_Timestamp | null);
  'RequestReason'?: (string);
  'ResolveReason'?: (string);
  'ResolveAnnotations'?: (_wrappers_LabelValues | null);
  'SystemAnnotations'?: (_wrappers_LabelValues | null);
  'Thresholds'?: (_types_AccessReviewThreshold)[];
  'RoleThresholdMapping'?: ({[key: string]: _types_ThresholdIndexSets});
  'Reviews'?: (_types_AccessReview)[];
  'SuggestedReviewers'?: (string)[];
  'RequestedResourceIDs'?: (_types_ResourceID)[];
  'LoginHint'?: (string);
  'DryRun'?: (boolean);
  'MaxDuration'?: (_google_protobuf_Timestamp | null);
  'SessionTTL'?: (_google_protobuf_Timestamp | null);
  'accessList'?: (_types_PromotedAccessList | null);
  'AssumeStartTime'?: (_google_protobuf_Timestamp | null);
  'ResourceExpiry'?: (_google_protobuf_Timestamp | null);
  'DryRunEnrichment'?: (_types_DryRunEnrichment | null);
  'RequestKind'?: (_types_AccessRequestKind);
  'RequestedResourceAccessIDs'?: (_types_ResourceAccessID)[];
}

export interface AccessRequestSpecV3__Output {
  'User': (string);
  'Roles': (string)[];
  'State': (_types_RequestState__Output);
  'Created': (_google_protobuf_Timestamp__Output | null);
  'Expires': (_google_protobuf_Timestamp__Output | null);
  'RequestReason': (string);
  'ResolveReason': (string);
  'ResolveAnnotations': (_wrappers_LabelValues__Output | null);
  'SystemAnnotations': (_wrappers_LabelValues__Output | null);
  'Thresholds': (_types_AccessReviewThreshold__Output)[];
  'RoleThresholdMapping': ({[key: string]: _types_ThresholdIndexSets__Output});
  'Reviews': (_types_AccessReview__Output)[];
  'SuggestedReviewers': (string)[];
  'RequestedResourceIDs': (_types_ResourceID__Output)[];
  'LoginHint': (string);
  'DryRun': (boolean);
  'MaxDuration': (_google_protobuf_Timestamp__Output | null);
  'SessionTTL': (_google_protobuf_Timestamp__Output | null);
  'accessList': (_types_PromotedAccessList__Output | null);
  'AssumeStartTime': (_google_protobuf_Timestamp__Output | null);
  'ResourceExpiry': (_google_protobuf_Timestamp__Output | null);
  'DryRunEnrichment': (_types_DryRunEnrichment__Output | null);
  'RequestKind': (_types_AccessRequestKind__Output);
  'RequestedResourceAccessIDs': (_types_ResourceAccessID__Output)[];
}
