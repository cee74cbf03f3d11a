/** @jsxRuntime automatic */
// (tsx runs tests without our tsconfig; the pragma gives it the same JSX transform as webpack.)
import {shallowEqual, useSelector} from 'react-redux';

import {timeStyleOf} from '../selectors';
import {formatAbsolute, formatRemaining, parseTime} from '../time_format';

import {useNow} from './use_now';

interface Props {
  until: string;
  /** Shown before the remaining time, e.g. "expires in". */
  label: string;
  /** Shown once the moment has passed. */
  passed: string;
}

/** A live countdown followed by the absolute time in the viewer's zone, as every time on the card reads. */
export function Countdown({until, label, passed}: Props) {
  const now = useNow(1000);
  const style = useSelector(timeStyleOf, shallowEqual);
  const at = parseTime(until);
  if (at === null) return null;
  const relative = at > now ? `${label} ${formatRemaining(at - now)}` : passed;
  return <time dateTime={until}>{`${relative} · ${formatAbsolute(until, now, style)}`}</time>;
}
