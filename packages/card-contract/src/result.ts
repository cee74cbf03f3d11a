/**
 * The one result shape of the project: the bridge (whose `Result<T>` is this with a coded
 * `BridgeError`), the contract and the webapp return it wherever a failure is expected rather than
 * thrown. The error type says what the caller can do with it; a plain string is for text shown as is.
 */
export type Result<T, E> = {ok: true; value: T} | {ok: false; error: E};

export const success = <T>(value: T): {ok: true; value: T} => ({ok: true, value});
export const failure = <E>(error: E): {ok: false; error: E} => ({ok: false, error});
