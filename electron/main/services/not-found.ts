import { AppError } from '../../shared/errors';

/** Return the row or fail with a not_found error the UI can name. */
export function required<T>(row: T | undefined, entity: string, id: number): T {
  if (row === undefined) {
    throw new AppError('not_found', `${entity}.not_found`, `${entity} ${id} does not exist`, { params: { id } });
  }
  return row;
}
