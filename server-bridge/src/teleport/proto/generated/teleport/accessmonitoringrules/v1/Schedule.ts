// Original file: src/teleport/proto/accessmonitoringrules.proto

import type { TimeSchedule as _teleport_accessmonitoringrules_v1_TimeSchedule, TimeSchedule__Output as _teleport_accessmonitoringrules_v1_TimeSchedule__Output } from '../../../teleport/accessmonitoringrules/v1/TimeSchedule';

export interface Schedule {
  'time'?: (_teleport_accessmonitoringrules_v1_TimeSchedule | null);
}

export interface Schedule__Output {
  'time': (_teleport_accessmonitoringrules_v1_TimeSchedule__Output | null);
}
