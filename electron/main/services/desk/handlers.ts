import type { Handlers } from '../handlers';
import type { ServiceContext } from '../context';

export function deskHandlers(_ctx: ServiceContext): Handlers<never> {
  return {};
}
