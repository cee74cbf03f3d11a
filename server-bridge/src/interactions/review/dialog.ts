/** The reason dialog a click opens when a reason is required. */
import type {Decision} from '../../errors/failure';
import {MAX_REASON_LENGTH} from '../rules';

export const REVIEW_DIALOG_CALLBACK = 'teleport_review';

export function reviewDialog(decision: Decision, state: string, intro: string): Record<string, unknown> {
  const approve = decision === 'approve';
  return {
    callback_id: REVIEW_DIALOG_CALLBACK,
    title: approve ? 'Approve access request' : 'Deny access request',
    introduction_text: intro,
    elements: [
      {
        display_name: 'Reason',
        name: 'reason',
        type: 'textarea',
        optional: false,
        max_length: MAX_REASON_LENGTH,
        placeholder: approve ? 'Why you approve' : 'Why you deny (the requester will see this)',
      },
    ],
    submit_label: approve ? 'Approve' : 'Deny',
    notify_on_cancel: false,
    state,
  };
}
