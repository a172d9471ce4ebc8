/**
 * `npm run fuzz`: send every contract method random and broken inputs through the real
 * dispatch and check every answer and, at the end, the database.
 *   --runs N          calls in all (default 100000)
 *   --seed S          replay a run (default: a new seed, printed first)
 *   --method M        only this method (repeatable), e.g. to replay a failure quickly
 *   --check-every N   check the booking rules every N calls to find the call that broke one
 *   --keep-db         keep the database file and print its path
 *   --progress N      a progress line every N calls (default 10000)
 *   --extreme-years   also mutate dates to years 0000 and 9999 (slow: some methods walk every day)
 * Exits non-zero when any call failed or the database check failed; the last line says
 * `N calls, 0 internal errors, 0 raw messages, integrity ok` or what failed.
 */
import { runFuzz } from './fuzz';
import { failed, fullReport, verdictLine } from './report';

function parseArgs(argv: string[]) {
  const opts = { runs: 100_000, seed: Math.floor(Math.random() * 0x7fffffff), methods: [] as string[], checkEvery: 0, keepDatabase: false, progressEvery: 10_000, extremeYears: false };
  for (let i = 0; i < argv.length; i++) {
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${argv[i - 1]} needs a value`);
      return v;
    };
    const int = (v: string) => {
      const n = Number(v);
      if (!Number.isSafeInteger(n) || n < 0) throw new Error(`not a whole number: ${v}`);
      return n;
    };
    const arg = argv[i];
    if (arg === '--runs') opts.runs = int(value());
    else if (arg === '--seed') opts.seed = int(value());
    else if (arg === '--method') opts.methods.push(value());
    else if (arg === '--check-every') opts.checkEvery = int(value());
    else if (arg === '--keep-db') opts.keepDatabase = true;
    else if (arg === '--extreme-years') opts.extremeYears = true;
    else if (arg === '--progress') opts.progressEvery = Math.max(1, int(value()));
    else throw new Error(`unknown argument ${arg} (see tests/fuzz/run.ts)`);
  }
  return opts;
}

async function main(): Promise<number> {
  const opts = parseArgs(process.argv.slice(2));
  console.log(`fuzz: seed ${opts.seed}, ${opts.runs} calls${opts.methods.length ? ` of ${opts.methods.join(', ')}` : ''}`);
  const report = await runFuzz({ ...opts, onProgress: (line) => console.log(line) });
  console.log(fullReport(report));
  if (opts.keepDatabase) console.log(`database kept: ${report.databaseFile}`);
  console.log(verdictLine(report));
  return failed(report) ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (e) => {
    console.error(e);
    console.log('fuzz run FAILED: the harness itself threw (see above)');
    process.exit(2);
  },
);
