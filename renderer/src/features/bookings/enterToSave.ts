/**
 * When Enter may save the booking dialog. A save by Enter must never write a booking
 * whose title, time and head count the user did not fill in themselves (defaults such
 * as 09:00 and one person are there to be changed, not to be booked by accident).
 */
import type { FormInstance } from 'antd';

export type EnterField = 'title' | 'startTime' | 'headCount';

/** An ordinary text or number box; Enter in a picker (date, select, time) belongs to the picker. */
export function isPlainTextField(target: EventTarget): boolean {
  if (!(target instanceof HTMLInputElement)) return false;
  if (target.getAttribute('role') === 'combobox' || target.closest('.ant-picker, .ant-select')) return false;
  return target.type === 'text' || target.type === 'number' || target.getAttribute('role') === 'spinbutton';
}

/**
 * The fields, in the dialog's order, that the user still has to fill before Enter saves.
 * An existing booking was filled in when it was made; a new one needs a title, a time
 * chosen in the calendar or in the dialog, and a head count given.
 */
export function missingForEnter(form: FormInstance, opts: { creating: boolean; timeChosen: boolean }): EnterField[] {
  const missing: EnterField[] = [];
  const title = form.getFieldValue('title') as string | undefined;
  if (!title?.trim()) missing.push('title');
  if (!opts.creating) return missing;
  if (!opts.timeChosen && !form.isFieldsTouched(['startTime', 'endTime'])) missing.push('startTime');
  if (!form.isFieldTouched('headCount')) missing.push('headCount');
  return missing;
}
