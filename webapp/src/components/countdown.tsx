/** @jsxRuntime automatic */
// (tsx runs tests without our tsconfig; the pragma gives it the same JSX transform as webpack.)
import {formatRemaining, formatTime, parseTime} from '../time_format';

import {useNow} from './use_now';

interface Props {
  until: string;
  /** Shown before the remaining time, e.g. "Expires in". */
  label: string;
  /** Shown once the moment has passed. */
  passed: string;
}

/** A live countdown; the absolute time is in the tooltip and the <time> element. */
export function Countdown({until, label, passed}: Props) {
  const now = useNow(1000);
  const at = parseTime(until);
  if (at === null) return null;
  const text = at > now ? `${label} ${formatRemaining(at - now)}` : passed;
  return (
    <time dateTime={until} title={formatTime(until, now)}>
      {text}
    </time>
  );
}
