/**
 * A coordinator's PIN is stored only as a salted scrypt hash: `scrypt$<salt>$<hash>`,
 * both base64. A PIN is only 4–8 digits, so the hash is no protection against someone
 * holding the database file (10^8 guesses are cheap); what keeps the PIN useful is that
 * it never reaches the renderer and that wrong tries are limited (lockout.ts).
 */
import { randomBytes, scryptSync, timingSafeEqual } from 'node:crypto';

const KEY_LENGTH = 32;
const PREFIX = 'scrypt';

export function hashPin(pin: string): string {
  const salt = randomBytes(16);
  const hash = scryptSync(pin, salt, KEY_LENGTH);
  return `${PREFIX}$${salt.toString('base64')}$${hash.toString('base64')}`;
}

/** Whether `pin` is the one `stored` was made from; compared in constant time. */
export function pinMatches(pin: string, stored: string): boolean {
  const [prefix, salt, hash] = stored.split('$');
  if (prefix !== PREFIX || !salt || !hash) return false;
  const expected = Buffer.from(hash, 'base64');
  const actual = scryptSync(pin, Buffer.from(salt, 'base64'), expected.length);
  return expected.length === KEY_LENGTH && timingSafeEqual(actual, expected);
}
