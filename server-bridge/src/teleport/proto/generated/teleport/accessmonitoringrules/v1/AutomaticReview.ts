// Original file: src/teleport/proto/accessmonitoringrules.proto


export interface AutomaticReview {
  'integration'?: (string);
  'decision'?: (string);
}

export interface AutomaticReview__Output {
  'integration': (string);
  'decision': (string);
}
