import type { Handlers } from '../handlers';
import type { ServiceContext } from '../context';

export function appHandlers(ctx: ServiceContext): Handlers<'app.info'> {
  return {
    'app.info': async () => {
      const now = ctx.now();
      return { version: ctx.appVersion, schemaVersion: ctx.schemaVersion, today: now.slice(0, 10), now };
    },
  };
}
