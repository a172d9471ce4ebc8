/**
 * Keeps the open screens current when another desk changes something: the main process
 * knows (a file's data version, the server's NOTIFY), and this asks it once a second.
 * A new stamp reloads every open query; forms keep what was typed, since they hold it
 * themselves. Also says whether the database answers, for the banner.
 */
import { useEffect, useState } from 'react';
import { invoke, reloadQueries } from '../../api/client';

export const POLL_MS = 1000;

export interface LiveState {
  online: boolean;
  kind: 'file' | 'server';
}

export function useLiveChanges(): LiveState {
  const [state, setState] = useState<LiveState>({ online: true, kind: 'file' });
  useEffect(() => {
    let last: string | null = null;
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const poll = async () => {
      try {
        const now = await invoke('app.changes', {});
        const seen = `${now.kind}:${now.stamp}`;
        // The first answer only sets the mark; a change after it (or a switch of database) reloads.
        if (last !== null && seen !== last) reloadQueries();
        last = seen;
        if (!stopped) setState((s) => (s.online === now.online && s.kind === now.kind ? s : { online: now.online, kind: now.kind }));
      } catch {
        if (!stopped) setState((s) => (s.online ? { ...s, online: false } : s));
      }
      if (!stopped) timer = setTimeout(poll, POLL_MS);
    };
    void poll();
    return () => {
      stopped = true;
      if (timer) clearTimeout(timer);
    };
  }, []);
  return state;
}
