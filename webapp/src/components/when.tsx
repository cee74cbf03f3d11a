/** @jsxRuntime automatic */
// (tsx runs tests without our tsconfig; the pragma gives it the same JSX transform as webpack.)
import {shallowEqual, useSelector} from 'react-redux';

import {timeStyleOf} from '../selectors';
import {formatWhen, parseTime} from '../time_format';

import {useNow} from './use_now';

interface Props {
  at: string;
}

/** A moment as the card shows every moment: "5m ago · 14:03 CET", in the viewer's zone. */
export function When({at}: Props) {
  const now = useNow(30_000);
  const style = useSelector(timeStyleOf, shallowEqual);
  if (parseTime(at) === null) return null;
  return <time dateTime={at}>{formatWhen(at, now, style)}</time>;
}
