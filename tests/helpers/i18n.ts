/** The renderer's translations of one language, every feature's JSON file merged, as i18next sees them. */
import fs from 'node:fs';
import path from 'node:path';

export type Tree = { [k: string]: string | Tree };

export function loadTranslations(lang: string): Tree {
  const dir = path.resolve('renderer/src/i18n', lang);
  const merged: Tree = {};
  const merge = (a: Tree, b: Tree) => {
    for (const [k, v] of Object.entries(b)) {
      if (typeof v === 'object' && typeof a[k] === 'object') merge(a[k] as Tree, v);
      else a[k] = v;
    }
  };
  for (const f of fs.readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) merge(merged, JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')));
  return merged;
}
