import type { Secrets } from '../../electron/main/storage/config';

/** Stands in for the OS key store in tests: not encryption, but never the plain text either, which the tests check. */
export const testSecrets: Secrets = {
  available: () => true,
  seal: (text) => Buffer.from(`sealed:${text}`).toString('base64'),
  open: (sealed) => Buffer.from(sealed, 'base64').toString().replace(/^sealed:/, ''),
};
