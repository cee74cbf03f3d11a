// The webapp's React and ReactRedux globals (set by vendor.js before any host script runs), typed,
// for the host page's own components. Files with JSX need `React` in scope: esbuild compiles JSX
// to React.createElement (host_server.ts).
export const {React, ReactRedux} = window as unknown as {
  React: typeof import('react');
  ReactRedux: typeof import('react-redux');
};

/** Headers core's Client4 sends on writes: the session cookie alone is not enough (CSRF). */
export function writeHeaders(): Record<string, string> {
  const csrf = /(?:^|;\s*)MMCSRF=([^;]+)/.exec(document.cookie)?.[1] ?? '';
  return {'X-Requested-With': 'XMLHttpRequest', 'X-CSRF-Token': csrf, 'Content-Type': 'application/json'};
}

/** Mattermost's AppError message, or the HTTP status. */
export async function errorMessage(res: Response): Promise<string> {
  const body = (await res.json().catch(() => null)) as {message?: unknown} | null;
  return typeof body?.message === 'string' && body.message ? body.message : `HTTP ${res.status}`;
}
