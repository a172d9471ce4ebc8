/**
 * Where this desk keeps its data, remembered in storage.json beside the local database
 * (it cannot live in the database it chooses). The server's password is kept only
 * sealed by the operating system's key store (Electron safeStorage): never in plain text.
 */
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { AppError } from '../../shared/errors';
import { serverSettings, type ServerSettings, type StorageKind } from '../../shared/storage';

/** Seals and opens secrets; the app passes Electron's safeStorage, tests their own. */
export interface Secrets {
  available(): boolean;
  seal(text: string): string;
  open(sealed: string): string;
}

const stored = z.object({
  kind: z.enum(['file', 'server']),
  server: serverSettings.omit({ password: true }).extend({ sealedPassword: z.string() }).nullable(),
});
type Stored = z.infer<typeof stored>;

export const CONFIG_FILE = 'storage.json';

export class StorageConfig {
  constructor(
    private readonly dir: string,
    private readonly secrets: Secrets,
  ) {}

  private get file(): string {
    return path.join(this.dir, CONFIG_FILE);
  }

  /** What was chosen; a missing or unreadable file means this computer's file. */
  read(): Stored {
    try {
      return stored.parse(JSON.parse(fs.readFileSync(this.file, 'utf8')));
    } catch {
      return { kind: 'file', server: null };
    }
  }

  /** The server with its password opened, or null. */
  server(): ServerSettings | null {
    const s = this.read().server;
    if (!s) return null;
    const { sealedPassword, ...rest } = s;
    return { ...rest, password: sealedPassword ? this.secrets.open(sealedPassword) : '' };
  }

  kind(): StorageKind {
    return this.read().kind;
  }

  /** An empty password in a form means "the one kept for this same server and user". */
  withKeptPassword(s: ServerSettings): ServerSettings {
    if (s.password) return s;
    const kept = this.server();
    return kept && kept.host === s.host && kept.port === s.port && kept.user === s.user ? { ...s, password: kept.password } : s;
  }

  write(kind: StorageKind, server: ServerSettings | null): void {
    let sealed: Stored['server'] = null;
    if (server) {
      if (server.password && !this.secrets.available()) {
        throw new AppError('validation', 'storage.no_key_store', 'This computer cannot keep the password encrypted.');
      }
      const { password, ...rest } = server;
      sealed = { ...rest, sealedPassword: password ? this.secrets.seal(password) : '' };
    }
    fs.mkdirSync(this.dir, { recursive: true });
    // Written aside and renamed: a crash never leaves half a file.
    const tmp = `${this.file}.tmp`;
    fs.writeFileSync(tmp, JSON.stringify({ kind, server: sealed }, null, 2));
    fs.renameSync(tmp, this.file);
  }
}
