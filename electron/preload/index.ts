import { contextBridge, ipcRenderer } from 'electron';
import { METHODS } from '../shared/contract';
import { INVOKE_CHANNEL, type StaggerBridge } from '../shared/ipc';

/** Only contract methods pass; anything else is refused here, before it reaches main. */
const allowed = new Set<string>(METHODS);

const api: StaggerBridge = {
  invoke(method, input) {
    if (!allowed.has(method)) return Promise.reject(new Error(`unknown method ${method}`));
    return ipcRenderer.invoke(INVOKE_CHANNEL, method, input);
  },
};

contextBridge.exposeInMainWorld('api', api);
