/** @jsxRuntime automatic */
// (tsx runs tests without our tsconfig; the pragma gives it the same JSX transform as webpack.)
import type {CardProgress} from '@tma/card-contract';

function Bar({label, value, needed, colour}: {label: string; value: number; needed: number; colour: string}) {
  const shown = Math.min(value, needed);
  const text = `${value} of ${needed}`;
  return (
    <div>
      <div className="tma-bar-label">
        <span>{label}</span>
        <span>{text}</span>
      </div>
      <div className="tma-bar" role="progressbar" aria-label={label} aria-valuemin={0} aria-valuemax={needed} aria-valuenow={shown} aria-valuetext={text}>
        <span style={{width: `${needed > 0 ? (100 * shown) / needed : 0}%`, background: colour}} />
      </div>
    </div>
  );
}

/** One pair of bars per threshold; threshold names are shown only when there are several. */
export function ProgressBars({progress}: {progress: CardProgress[]}) {
  if (progress.length === 0) return null;
  const named = progress.length > 1;
  return (
    <div className="tma-progress">
      {progress.map((p) => (
        <div key={p.name} style={{display: 'contents'}}>
          {named && <div className="tma-threshold">{p.name}</div>}
          {p.approvalsNeeded > 0 && <Bar label={named ? `Approvals (${p.name})` : 'Approvals'} value={p.approvals} needed={p.approvalsNeeded} colour="var(--tma-approve)" />}
          {p.denialsNeeded > 0 && <Bar label={named ? `Denials (${p.name})` : 'Denials'} value={p.denials} needed={p.denialsNeeded} colour="var(--tma-deny)" />}
        </div>
      ))}
    </div>
  );
}
