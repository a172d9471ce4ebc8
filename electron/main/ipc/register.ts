import { ipcMain } from 'electron';
import { INVOKE_CHANNEL } from '../../shared/ipc';
import type { Dispatch } from './dispatch';

/** The one place that touches ipcMain: every call goes through the contract's dispatch. */
export function registerIpc(dispatch: Dispatch): void {
  ipcMain.handle(INVOKE_CHANNEL, (_event, method: unknown, input: unknown) => dispatch(method, input));
}
