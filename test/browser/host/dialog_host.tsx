/** @jsxRuntime classic */
// Core shows an interactive dialog when the server pushes `open_dialog` over the websocket. The
// host has no websocket, so it polls the in-repo peer's record of opened dialogs for the signed-in
// user (host_server.ts /host/dialogs) and renders a plain modal that submits exactly as core does:
// POST /api/v4/actions/dialogs/submit, showing field errors the integration returns.
import {postMarkdown} from './post_markdown';
import {errorMessage, React, writeHeaders} from './react_globals';

const {useEffect, useState} = React;

interface DialogElement {
  display_name?: string;
  name: string;
  type: string;
  subtype?: string;
  optional?: boolean;
  default?: unknown;
  placeholder?: string;
  help_text?: string;
  max_length?: number;
  options?: {text: string; value: string}[];
  data_source?: string;
}

interface OpenedDialog {
  trigger_id: string;
  url: string;
  dialog: {
    callback_id?: string;
    title?: string;
    introduction_text?: string;
    elements?: DialogElement[];
    submit_label?: string;
    notify_on_cancel?: boolean;
    state?: string;
  };
}

export interface DialogHostProps {
  channelId: string;
  teamId: string;
  pollMs: number;
  /** For `data_source: "users"` selects. */
  users: {id: string; username: string}[];
}

export function DialogHost(props: DialogHostProps) {
  const [open, setOpen] = useState<OpenedDialog[]>([]);
  useEffect(() => {
    let stopped = false;
    const poll = async () => {
      const res = await fetch('/host/dialogs', {credentials: 'same-origin'}).catch(() => null);
      if (!stopped && res?.ok) setOpen((await res.json()) as OpenedDialog[]);
    };
    void poll();
    const timer = setInterval(() => void poll(), props.pollMs);
    return () => {
      stopped = true;
      clearInterval(timer);
    };
  }, [props.pollMs]);
  // The newest dialog is the one the user just asked for; older ones were superseded.
  const current = open[open.length - 1];
  if (!current) return null;
  const close = async () => {
    setOpen([]);
    await fetch('/host/dialogs/close', {method: 'POST', body: JSON.stringify({trigger_id: current.trigger_id})}).catch(() => undefined);
    for (const older of open) {
      if (older !== current) await fetch('/host/dialogs/close', {method: 'POST', body: JSON.stringify({trigger_id: older.trigger_id})}).catch(() => undefined);
    }
  };
  return <DialogModal key={current.trigger_id} opened={current} onClose={close} {...props} />;
}

function initialValue(e: DialogElement): string | boolean {
  if (e.type === 'bool') return e.default === true || e.default === 'true';
  return typeof e.default === 'string' ? e.default : '';
}

function DialogModal({opened, onClose, channelId, teamId, users}: DialogHostProps & {opened: OpenedDialog; onClose: () => Promise<void>}) {
  const d = opened.dialog;
  const elements = d.elements ?? [];
  const [values, setValues] = useState<Record<string, string | boolean>>(() => Object.fromEntries(elements.map((e) => [e.name, initialValue(e)])));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState('');
  const [busy, setBusy] = useState(false);

  const submit = async (cancelled: boolean) => {
    setBusy(true);
    setFailure('');
    try {
      const submission = Object.fromEntries(Object.entries(values).filter(([, v]) => v !== ''));
      const res = await fetch('/api/v4/actions/dialogs/submit', {
        method: 'POST',
        credentials: 'same-origin',
        headers: writeHeaders(),
        body: JSON.stringify({url: opened.url, callback_id: d.callback_id ?? '', state: d.state ?? '', submission, channel_id: channelId, team_id: teamId, cancelled}),
      });
      if (!res.ok) {
        setFailure(await errorMessage(res));
        return;
      }
      const answer = (await res.json().catch(() => ({}))) as {error?: string; errors?: Record<string, string>};
      if (!cancelled && (answer.error || (answer.errors && Object.keys(answer.errors).length > 0))) {
        setErrors(answer.errors ?? {});
        setFailure(answer.error ?? '');
        return;
      }
      await onClose();
    } finally {
      setBusy(false);
    }
  };

  const cancel = () => {
    if (d.notify_on_cancel) void submit(true);
    else void onClose();
  };

  const set = (name: string, value: string | boolean) => setValues((v) => ({...v, [name]: value}));

  return (
    <div className="modal-backdrop" onKeyDown={(e) => e.key === 'Escape' && cancel()}>
      <form
        className="modal"
        role="dialog"
        aria-modal="true"
        aria-labelledby="dialog-title"
        onSubmit={(e) => {
          e.preventDefault();
          void submit(false);
        }}
      >
        <h2 id="dialog-title">{d.title ?? 'Dialog'}</h2>
        {d.introduction_text && <div className="modal-intro markdown" dangerouslySetInnerHTML={{__html: postMarkdown(d.introduction_text)}} />}
        {elements.map((e) => {
          const id = `dialog-${e.name}`;
          const value = values[e.name];
          const error = errors[e.name];
          const label = (
            <label htmlFor={id}>
              {e.display_name ?? e.name}
              {e.optional ? <span className="optional"> (optional)</span> : <span className="required"> *</span>}
            </label>
          );
          let input;
          if (e.type === 'textarea') {
            input = <textarea id={id} rows={3} value={String(value ?? '')} placeholder={e.placeholder} maxLength={e.max_length} onChange={(ev) => set(e.name, ev.target.value)} />;
          } else if (e.type === 'select') {
            const options = e.data_source === 'users' ? users.map((u) => ({text: `@${u.username}`, value: u.id})) : (e.options ?? []);
            input = (
              <select id={id} value={String(value ?? '')} onChange={(ev) => set(e.name, ev.target.value)}>
                <option value="">{e.placeholder ?? 'Select…'}</option>
                {options.map((o) => (
                  <option key={o.value} value={o.value}>
                    {o.text}
                  </option>
                ))}
              </select>
            );
          } else if (e.type === 'bool') {
            input = <input id={id} type="checkbox" checked={value === true} onChange={(ev) => set(e.name, ev.target.checked)} />;
          } else if (e.type === 'radio') {
            input = (
              <div id={id} role="radiogroup">
                {(e.options ?? []).map((o) => (
                  <label key={o.value} className="radio">
                    <input type="radio" name={e.name} checked={value === o.value} onChange={() => set(e.name, o.value)} /> {o.text}
                  </label>
                ))}
              </div>
            );
          } else {
            input = <input id={id} type="text" value={String(value ?? '')} placeholder={e.placeholder} maxLength={e.max_length} onChange={(ev) => set(e.name, ev.target.value)} />;
          }
          return (
            <div className="field" key={e.name}>
              {label}
              {input}
              {error ? <div className="field-error">{error}</div> : e.help_text ? <div className="help">{e.help_text}</div> : null}
            </div>
          );
        })}
        {failure && (
          <div className="field-error" role="alert">
            {failure}
          </div>
        )}
        <div className="modal-buttons">
          <button type="button" className="secondary" onClick={cancel} disabled={busy}>
            Cancel
          </button>
          <button type="submit" className="primary" disabled={busy}>
            {d.submit_label ?? 'Submit'}
          </button>
        </div>
      </form>
    </div>
  );
}
