/**
 * The typed client over window.api. Method names, inputs and outputs come from the
 * contract, so a renamed method or a changed schema breaks the build, not the user.
 */
import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { isWrite, type Input, type Method, type Output } from '../../../electron/shared/contract';
import type { AppErrorData, Envelope } from '../../../electron/shared/errors';
import type { StaggerBridge } from '../../../electron/shared/ipc';

declare global {
  interface Window {
    api: StaggerBridge;
  }
}

/** A failed call, carrying the error envelope (never an exception text). */
export class ApiError extends Error {
  readonly data: AppErrorData;
  constructor(data: AppErrorData) {
    super(data.message);
    this.data = data;
  }
}

let dataVersion = 0;
const listeners = new Set<() => void>();
/** Make every open query load again (after a write, or when another desk's change was found). */
export function reloadQueries(): void {
  dataVersion++;
  listeners.forEach((l) => l());
}

export async function invoke<M extends Method>(method: M, input: Input<M>): Promise<Output<M>> {
  let envelope: Envelope<Output<M>>;
  try {
    envelope = (await window.api.invoke(method, input)) as Envelope<Output<M>>;
  } catch {
    throw new ApiError({ kind: 'internal', message: 'IPC failed', details: { code: 'internal' } });
  }
  if (!envelope.ok) throw new ApiError(envelope.error);
  // The contract says which methods write: after one, what is shown may be out of date.
  if (isWrite(method)) reloadQueries();
  return envelope.value;
}

// Another desk may have changed the data: reload open queries when the window regains focus.
if (typeof window !== 'undefined') window.addEventListener('focus', () => reloadQueries());

export function useDataVersion(): number {
  return useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    () => dataVersion,
  );
}

export interface Query<T> {
  data: T | undefined;
  error: ApiError | undefined;
  loading: boolean;
  reload(): void;
}

/**
 * Load a contract method's result and reload it whenever the input changes or any
 * write succeeds. Pass `null` as input to skip (e.g. nothing selected yet).
 */
export function useQuery<M extends Method>(method: M, input: Input<M> | null): Query<Output<M>> {
  const version = useDataVersion();
  const [tick, setTick] = useState(0);
  const [state, setState] = useState<{ data?: Output<M>; error?: ApiError; loading: boolean }>({ loading: input !== null });
  const key = input === null ? null : JSON.stringify(input);
  const latest = useRef(0);
  useEffect(() => {
    if (key === null) {
      setState({ loading: false });
      return;
    }
    const call = ++latest.current;
    setState((s) => ({ ...s, loading: true }));
    invoke(method, JSON.parse(key) as Input<M>).then(
      (data) => call === latest.current && setState({ data, loading: false }),
      (error: unknown) =>
        call === latest.current &&
        setState({ error: error instanceof ApiError ? error : undefined, loading: false }),
    );
  }, [method, key, version, tick]);
  const reload = useCallback(() => setTick((t) => t + 1), []);
  return { data: state.data, error: state.error, loading: state.loading, reload };
}
