// Original file: src/teleport/proto/accessmonitoringrules.proto


export interface _teleport_accessmonitoringrules_v1_TimeSchedule_Shift {
  'weekday'?: (string);
  'start'?: (string);
  'end'?: (string);
}

export interface _teleport_accessmonitoringrules_v1_TimeSchedule_Shift__Output {
  'weekday': (string);
  'start': (string);
  'end': (string);
}

export interface TimeSchedule {
  'shifts'?: (_teleport_accessmonitoringrules_v1_TimeSchedule_Shift)[];
  'timezone'?: (string);
}

export interface TimeSchedule__Output {
  'shifts': (_teleport_accessmonitoringrules_v1_TimeSchedule_Shift__Output)[];
  'timezone': (string);
}
