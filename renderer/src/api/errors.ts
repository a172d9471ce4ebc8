import type { TFunction } from 'i18next';
import { ApiError } from './client';

/** The message a user reads for a failed call, in the UI's language. */
export function describeError(t: TFunction, error: unknown): string {
  if (!(error instanceof ApiError)) return t('errors.internal');
  const { details, message } = error.data;
  if (details.code === 'validation.invalid_input' && details.fields?.length) {
    const f = details.fields[0];
    const field = t(`fields.${f.path.split('.')[0]}`, { defaultValue: f.path });
    return `${field}：${t(`errors.fields.${f.code}`, { ...f.params, defaultValue: f.code })}`;
  }
  return t(`errors.${details.code}`, { ...details.params, defaultValue: message });
}

/** Field errors of a validation failure, shaped for antd Form.setFields. */
export function fieldErrors(t: TFunction, error: unknown): { name: (string | number)[]; errors: string[] }[] {
  if (!(error instanceof ApiError) || !error.data.details.fields) return [];
  return error.data.details.fields.map((f) => ({
    name: f.path.split('.').map((p) => (/^\d+$/.test(p) ? Number(p) : p)),
    errors: [t(`errors.fields.${f.code}`, { ...f.params, defaultValue: f.code })],
  }));
}
