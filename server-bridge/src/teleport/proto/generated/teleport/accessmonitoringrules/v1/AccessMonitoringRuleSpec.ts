// Original file: src/teleport/proto/accessmonitoringrules.proto

import type { Notification as _teleport_accessmonitoringrules_v1_Notification, Notification__Output as _teleport_accessmonitoringrules_v1_Notification__Output } from '../../../teleport/accessmonitoringrules/v1/Notification';
import type { AutomaticReview as _teleport_accessmonitoringrules_v1_AutomaticReview, AutomaticReview__Output as _teleport_accessmonitoringrules_v1_AutomaticReview__Output } from '../../../teleport/accessmonitoringrules/v1/AutomaticReview';
import type { Schedule as _teleport_accessmonitoringrules_v1_Schedule, Schedule__Output as _teleport_accessmonitoringrules_v1_Schedule__Output } from '../../../teleport/accessmonitoringrules/v1/Schedule';

export interface AccessMonitoringRuleSpec {
  'subjects'?: (string)[];
  'states'?: (string)[];
  'condition'?: (string);
  'notification'?: (_teleport_accessmonitoringrules_v1_Notification | null);
  'automatic_review'?: (_teleport_accessmonitoringrules_v1_AutomaticReview | null);
  'desired_state'?: (string);
  'schedules'?: ({[key: string]: _teleport_accessmonitoringrules_v1_Schedule});
}

export interface AccessMonitoringRuleSpec__Output {
  'subjects': (string)[];
  'states': (string)[];
  'condition': (string);
  'notification': (_teleport_accessmonitoringrules_v1_Notification__Output | null);
  'automatic_review': (_teleport_accessmonitoringrules_v1_AutomaticReview__Output | null);
  'desired_state': (string);
  'schedules': ({[key: string]: _teleport_accessmonitoringrules_v1_Schedule__Output});
}
