// Original file: src/teleport/proto/types.proto


export interface DryRunEnrichment {
  'ReasonMode'?: (string);
  'ReasonPrompts'?: (string)[];
}

export interface DryRunEnrichment__Output {
  'ReasonMode': (string);
  'ReasonPrompts': (string)[];
}
