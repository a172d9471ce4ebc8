import type { Handlers } from '../handlers';
import type { ServiceContext } from '../context';
import { listPlans } from '../../db/repos/plans';
import { comparePlan, copyPlanToSpace, planFor, savePlanVersion } from './plans';

type PlansMethods = 'plans.list' | 'plans.get' | 'plans.save' | 'plans.copyToSpace' | 'plans.compare';

export function plansHandlers(ctx: ServiceContext): Handlers<PlansMethods> {
  return {
    'plans.list': async ({ spaceId }, db) => listPlans(db, [spaceId]),
    'plans.get': async ({ spaceId, date }, db) => planFor(db, spaceId, date),
    'plans.save': async (p, tx) => savePlanVersion(ctx, tx, p),
    'plans.copyToSpace': async ({ planId, spaceId, validFrom }, tx) => copyPlanToSpace(ctx, tx, planId, spaceId, validFrom),
    'plans.compare': async ({ spaceId, validFrom, windows }, db) => comparePlan(ctx, db, spaceId, validFrom, windows),
  };
}
