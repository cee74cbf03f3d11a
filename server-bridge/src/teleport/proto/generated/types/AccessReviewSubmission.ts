// Original file: src/teleport/proto/types.proto

import type { AccessReview as _types_AccessReview, AccessReview__Output as _types_AccessReview__Output } from '../types/AccessReview';

export interface AccessReviewSubmission {
  'RequestID'?: (string);
  'Review'?: (_types_AccessReview | null);
}

export interface AccessReviewSubmission__Output {
  'RequestID': (string);
  'Review': (_types_AccessReview__Output | null);
}
