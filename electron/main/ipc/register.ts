import { ipcMain, type WebFrameMain } from 'electron';
import { INVOKE_CHANNEL } from '../../shared/ipc';
import type { Dispatch } from './dispatch';
import { appPageUrl, guardDispatch, type SenderFrameInfo } from './sender';

/** The frame's URL and place, or null when it has navigated away or been destroyed. */
function frameInfo(frame: WebFrameMain | null): SenderFrameInfo | null {
  try {
    return frame ? { url: frame.url, isTopFrame: frame.parent === null } : null;
  } catch {
    // Reading a disposed frame throws.
    return null;
  }
}

/**
 * The one place that touches ipcMain: every call goes through the contract's dispatch,
 * and only the app's own page (sender.ts) is answered.
 */
export function registerIpc(dispatch: Dispatch): void {
  const answer = guardDispatch(dispatch, appPageUrl(process.env.ELECTRON_RENDERER_URL, import.meta.dirname), (m) => console.warn(m));
  ipcMain.handle(INVOKE_CHANNEL, (event, method: unknown, input: unknown) => answer(frameInfo(event.senderFrame), method, input));
}
