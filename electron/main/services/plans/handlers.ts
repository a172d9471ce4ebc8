import type { Handlers } from '../handlers';
import type { ServiceContext } from '../context';

export function plansHandlers(_ctx: ServiceContext): Handlers<never> {
  return {};
}
