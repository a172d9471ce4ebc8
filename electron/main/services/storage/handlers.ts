import type { Handlers } from '../handlers';
import type { ServiceContext } from '../context';
import type { Store } from '../store';
import { storageHostOf } from './host';

type StorageMethods = 'storage.get' | 'storage.test' | 'storage.moveToServer' | 'storage.saveServerAsFile' | 'storage.use' | 'storage.progress' | 'app.changes';

export function storageHandlers(ctx: ServiceContext, store: Store): Handlers<StorageMethods> {
  return {
    'storage.get': async () => storageHostOf(ctx).describe(),
    'storage.test': async (input) => storageHostOf(ctx).test(input),
    'storage.moveToServer': async (input) => storageHostOf(ctx).moveToServer(input),
    'storage.saveServerAsFile': async () => storageHostOf(ctx).saveServerAsFile(),
    'storage.use': async (input) => storageHostOf(ctx).use(input),
    'storage.progress': async () => storageHostOf(ctx).progress(),
    'app.changes': async () => ({ ...store.changes(), kind: store.kind }),
  };
}
