import { defineConfig } from 'vitest/config';

/**
 * `npm run test:pg` runs this suite again on PostgreSQL (STAGGER_TEST_PG names the
 * server). Then only the tests that go through a backend run again; tests of pure
 * functions, of the renderer's helpers, and of SQLite's own files, plans and
 * migrations ran on the SQLite run already. Tests under tests/unit/server/ run only on
 * PostgreSQL.
 */
const onServer = Boolean(process.env.STAGGER_TEST_PG);
const FILE_ONLY = [
  'app-icon',
  'architecture',
  'calendar-progressive',
  'clock',
  'fuzz',
  'fuzz-invariants',
  'holiday-notice',
  'ipc-sender',
  'plans-recurrence',
  'print-fit',
  'time',
  'busy',
  'reference-triggers',
  'query-plans',
  'desk-queries',
  'transfer',
  'backups-restore',
  'backups-rotation',
  'live-backend',
].map((name) => `tests/unit/${name}.test.ts`);

/** The migration tests of SQLite's files; from 0007 on a migration's data test covers the server too. */
const SQLITE_MIGRATION_TESTS = ['tests/unit/migrations/000[1-6]-*.test.ts', 'tests/unit/migrations/guard.test.ts', 'tests/unit/migrations/runner.test.ts'];

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    exclude: onServer ? [...FILE_ONLY, ...SQLITE_MIGRATION_TESTS, 'node_modules/**'] : ['tests/unit/server/**', 'node_modules/**'],
    environment: 'node',
    testTimeout: 30000,
    pool: 'forks',
  },
});
