/**
 * The check every call's answer must pass. The envelope is `{ok: true, value}` or
 * `{ok: false, error: {kind, message, details: {code, ...}}}` with a kind from the
 * closed set; it must survive structured clone (it crosses IPC). An error the user
 * would read untranslated is a "raw message": the renderer shows `errors.<code>` (and
 * `errors.fields.<code>` per field), falling back to the code or the English message
 * when a language has no text for it (renderer/src/api/errors.ts).
 */
import fs from 'node:fs';
import path from 'node:path';
import { ERROR_KINDS } from '../../electron/shared/errors';

type Tree = { [key: string]: string | Tree };

/**
 * Every language's strings, merged the way renderer/src/i18n/index.ts merges them:
 * all JSON files of a language folder deep-merged in file-name order (errors of a
 * feature live in that feature's file too, e.g. desk.json has `errors.desk.*`).
 */
export function loadTranslations(dir = path.resolve('renderer/src/i18n')): Map<string, Tree> {
  const merge = (a: Tree, b: Tree) => {
    for (const [k, v] of Object.entries(b)) {
      const existing = a[k];
      if (typeof v === 'object' && typeof existing === 'object') merge(existing, v);
      else a[k] = v;
    }
    return a;
  };
  const langs = new Map<string, Tree>();
  for (const lang of fs.readdirSync(dir).filter((f) => fs.statSync(path.join(dir, f)).isDirectory())) {
    const files = fs.readdirSync(path.join(dir, lang)).filter((f) => f.endsWith('.json')).sort();
    langs.set(lang, files.reduce<Tree>((acc, f) => merge(acc, JSON.parse(fs.readFileSync(path.join(dir, lang, f), 'utf8')) as Tree), {}));
  }
  return langs;
}

/** i18next's lookup: `a.b.c` walks nested objects; a key may itself contain dots. */
export function lookup(tree: Tree | string | undefined, key: string): string | undefined {
  if (typeof tree !== 'object') return undefined;
  if (typeof tree[key] === 'string') return tree[key] as string;
  const parts = key.split('.');
  for (let i = 1; i < parts.length; i++) {
    const found = lookup(tree[parts.slice(0, i).join('.')], parts.slice(i).join('.'));
    if (found !== undefined) return found;
  }
  return undefined;
}

/**
 * Text that comes from an exception rather than from us: SQLite's messages, JS error
 * names, stack frames, or `undefined`/`[object Object]` from a broken template. (A bare
 * "at " would also match ordinary English such as "that day", so frames are matched
 * by their shape.)
 */
const RAW_PATTERNS: RegExp[] = [
  /SQLITE/i,
  /\b(Type|Range|Reference|Syntax|Eval)?Error:/,
  /\b(TypeError|RangeError|ReferenceError)\b/,
  /^\s*at \S+/m,
  /\(?[\w./\\-]+\.(ts|js|mjs|cjs):\d+:\d+\)?/,
  /\bundefined\b/,
  /\[object \w+\]/,
  /\bNaN\b/,
  /Cannot read propert/,
  /is not a function/,
];

export interface Verdict {
  /** A bug the user would see as "something went wrong": internal kind, malformed or unclonable envelope. */
  internal?: string;
  /** Text the user would read untranslated or as an exception. */
  raw?: string;
}

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);
const isFlat = (p: unknown) => p === undefined || (isObject(p) && Object.values(p).every((v) => v === null || ['string', 'number', 'boolean'].includes(typeof v)));

/** Remove what was interpolated from user data (titles, names...) before looking for exception text. */
function withoutUserText(message: string, details: Record<string, unknown>): string {
  const values: string[] = [];
  if (isObject(details.params)) values.push(...Object.values(details.params).map(String));
  if (Array.isArray(details.conflicts)) for (const c of details.conflicts) if (isObject(c)) values.push(String(c.title), String(c.spaceName));
  let m = message;
  for (const v of values.filter((x) => x.length > 0).sort((a, b) => b.length - a.length)) m = m.split(v).join('');
  return m;
}

export function checkEnvelope(env: unknown, translations: Map<string, Tree>): Verdict {
  if (!isObject(env) || typeof env.ok !== 'boolean') return { internal: 'not an envelope' };
  try {
    structuredClone(env);
  } catch (e) {
    return { internal: `envelope does not survive structured clone: ${(e as Error).message}` };
  }
  if (env.ok) return 'value' in env ? {} : { internal: 'ok envelope without value' };
  const error = env.error;
  if (!isObject(error)) return { internal: 'error envelope without error' };
  if (!(ERROR_KINDS as readonly unknown[]).includes(error.kind)) return { internal: `kind ${String(error.kind)} is not one of the closed set` };
  const details = error.details;
  if (typeof error.message !== 'string' || !isObject(details) || typeof details.code !== 'string') return { internal: 'error without message or details.code' };
  if (!isFlat(details.params)) return { internal: 'details.params is not flat' };
  const fields = details.fields;
  if (fields !== undefined && !(Array.isArray(fields) && fields.every((f) => isObject(f) && typeof f.path === 'string' && typeof f.code === 'string' && isFlat(f.params)))) {
    return { internal: 'details.fields malformed' };
  }
  if (error.kind === 'internal') return { internal: `internal: ${details.code}` };
  const keys = [`errors.${details.code}`, ...((fields as { code: string }[] | undefined) ?? []).map((f) => `errors.fields.${f.code}`)];
  for (const key of keys) {
    const langs = [...translations].filter(([, tree]) => lookup(tree, key) === undefined).map(([lang]) => lang);
    if (langs.length) return { raw: `no ${langs.join(' or ')} text for ${key}` };
  }
  const stripped = withoutUserText(error.message, details);
  const pattern = RAW_PATTERNS.find((p) => p.test(stripped));
  if (pattern) return { raw: `message looks like an exception (${pattern}): ${error.message.slice(0, 200)}` };
  return {};
}
