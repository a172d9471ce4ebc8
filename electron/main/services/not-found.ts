import { AppError } from '../../shared/errors';

/** Every kind of record a call can name by id; each has an `errors.<entity>.not_found` message. */
export const ENTITIES = [
  'booking',
  'series',
  'closure',
  'plan',
  'waitlist',
  'site',
  'space',
  'contact',
  'organisation',
  'audience',
  'operator',
] as const;
export type Entity = (typeof ENTITIES)[number];

/** Return the row or fail with a not_found error the UI can name. */
export function required<T>(row: T | undefined, entity: Entity, id: number): T {
  if (row === undefined) {
    throw new AppError('not_found', `${entity}.not_found`, `${entity} ${id} does not exist`, { params: { id } });
  }
  return row;
}
