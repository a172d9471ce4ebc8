/** Reading a name and a phone number out of what was typed into a contact search (no DOM, no IPC: unit-tested). */
import { PHONE_RE } from '../../../../electron/shared/domain';

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
