/**
 * Every migration has a data test beside this file, named after it
 * (NNNN-name.test.ts, as electron/main/db/migrations/NNNN-name.ts): a new migration
 * without one fails here.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../../electron/main/db/migrations';

const here = path.dirname(fileURLToPath(import.meta.url));
const sources = path.resolve(here, '../../../electron/main/db/migrations');
const fileName = (m: { version: number; name: string }) => `${String(m.version).padStart(4, '0')}-${m.name}`;

describe('migration data tests', () => {
  it('each migration in MIGRATIONS has its source file and a data test file named after it', () => {
    expect(MIGRATIONS.length).toBeGreaterThan(0);
    const tests = new Set(fs.readdirSync(here));
    const missing = MIGRATIONS.map(fileName).filter((name) => !tests.has(`${name}.test.ts`));
    expect(missing, 'migrations without a data test in tests/unit/migrations/').toEqual([]);
    const sourceFiles = new Set(fs.readdirSync(sources));
    expect(MIGRATIONS.map(fileName).filter((name) => !sourceFiles.has(`${name}.ts`))).toEqual([]);
  });
});
