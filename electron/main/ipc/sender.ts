/**
 * Who may call the back end: only the app's own page, in the window's top frame
 * (Electron's security checklist: validate the sender of every IPC message). Pure and
 * free of Electron, so the decision is tested directly; register.ts hands it the
 * event's sender frame.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { AppError, type Envelope } from '../../shared/errors';
import type { Dispatch } from './dispatch';

/** What register.ts reads from the event's senderFrame (null when the frame is gone). */
export interface SenderFrameInfo {
  url: string;
  /** The window's top frame, not an iframe inside it. */
  isTopFrame: boolean;
}

/**
 * The URL of the app's page: the dev server's in development (electron-vite sets
 * ELECTRON_RENDERER_URL), otherwise out/renderer/index.html beside `mainDir` (out/main).
 * The window loads exactly this URL, and only this URL is answered.
 */
export function appPageUrl(rendererUrl: string | undefined, mainDir: string): string {
  return rendererUrl ? rendererUrl : pathToFileURL(path.join(mainDir, '../renderer/index.html')).href;
}

/**
 * The page a URL names, without the fragment (the app's screens are #hashes) or the
 * query: scheme, user, host and port, and the path with percent-escapes of ordinary
 * characters undone (a Chinese folder name may be escaped differently by Node and by
 * Chromium; escaped '/', '?' and '#' stay escaped). Null when it does not parse.
 */
function pageKey(url: string): string | null {
  try {
    const u = new URL(url);
    return `${u.protocol}//${u.username}:${u.password}@${u.host}${decodeURI(u.pathname)}`;
  } catch {
    return null;
  }
}

/** Whether a message from this frame is answered: the top frame showing the app's page. */
export function isAppPage(frame: SenderFrameInfo | null | undefined, appUrl: string): boolean {
  if (!frame || !frame.isTopFrame || typeof frame.url !== 'string') return false;
  const expected = pageKey(appUrl);
  return expected !== null && pageKey(frame.url) === expected;
}

export function untrustedSenderError(): AppError {
  return new AppError('permission', 'ipc.untrusted_sender', "This request did not come from the app's own page and was refused.");
}

export type GuardedDispatch = (frame: SenderFrameInfo | null, method: unknown, input: unknown) => Promise<Envelope<unknown>>;

/** The dispatch behind the sender check: anything but the app's page gets a permission error and reaches nothing. */
export function guardDispatch(dispatch: Dispatch, appUrl: string, log?: (message: string) => void): GuardedDispatch {
  return async (frame, method, input) => {
    if (isAppPage(frame, appUrl)) return dispatch(method, input);
    log?.(`IPC refused: ${typeof method === 'string' ? method : '?'} from ${frame ? `${frame.isTopFrame ? '' : 'a subframe of '}${frame.url}` : 'a frame that is gone'}`);
    return { ok: false, error: untrustedSenderError().toData() };
  };
}
