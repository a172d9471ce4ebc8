/**
 * Adding a caller while booking: the desk's quick booking and every contact picker
 * (ContactSelect's "+ 新建联系人") save a new contact through here, so both read what was
 * typed and report a refused name or phone the same way.
 */
import type { TFunction } from 'i18next';
import { PHONE_RE, type Contact } from '../../../../electron/shared/domain';
import { invoke } from '../../api/client';
import { fieldErrors } from '../../api/errors';

export interface TypedContact {
  name: string;
  phone: string;
}

/** What counts as a phone number here: the shared rule, after spaces, dashes and a +86 are dropped. */
export function looksLikePhone(text: string): boolean {
  const digits = text.replace(/[\s()-]/g, '').replace(/^\+?86(?=1)/, '');
  return PHONE_RE.test(digits);
}

/**
 * A name and a phone number out of one typed text: "陈女士 13800138123" is both, "陈女士"
 * a name, "13800138123" a phone. Digits that are not a phone number ("8003", the end
 * of one) are neither: nobody is called that.
 */
export function splitNameAndPhone(text: string): TypedContact | null {
  const s = text.trim();
  if (!s) return null;
  const phoneAtEnd = /^(.*?)[\s,，]*((?:\+?86)?[\d\s()-]{7,})$/.exec(s);
  if (phoneAtEnd && looksLikePhone(phoneAtEnd[2])) return { name: phoneAtEnd[1].trim(), phone: phoneAtEnd[2].trim() };
  const phoneAtStart = /^((?:\+?86)?[\d()-]{7,})[\s,，]+(.+)$/.exec(s);
  if (phoneAtStart && looksLikePhone(phoneAtStart[1])) return { name: phoneAtStart[2].trim(), phone: phoneAtStart[1].trim() };
  if (/^[\d\s+()-]+$/.test(s)) return null;
  return { name: s, phone: '' };
}

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
