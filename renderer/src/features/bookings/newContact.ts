/**
 * Adding a caller while booking: the desk's quick booking and every contact picker
 * (ContactSelect's "+ 新建联系人") save a new contact through here, so both read what was
 * typed and report a refused name or phone the same way.
 */
import type { TFunction } from 'i18next';
import type { Contact } from '../../../../electron/shared/domain';
import { invoke } from '../../api/client';
import { fieldErrors } from '../../api/errors';
import type { TypedContact } from './contactText';


/**
 * Save a new contact. A refused name or phone is handed to `onFieldErrors` (named
 * `name` / `phone`, for the caller to put on its own fields) and the error is thrown on.
 */
export async function saveNewContact(
  t: TFunction,
  typed: TypedContact,
  onFieldErrors: (errors: { field: 'name' | 'phone'; errors: string[] }[]) => void,
): Promise<Contact> {
  try {
    return await invoke('contacts.save', { name: typed.name, phone: typed.phone });
  } catch (e) {
    onFieldErrors(fieldErrors(t, e).map((f) => ({ field: f.name[0] === 'phone' ? 'phone' : 'name', errors: f.errors })));
    throw e;
  }
}
