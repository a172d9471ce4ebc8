/**
 * i18next with zh-CN as the default and English complete. Each feature keeps its
 * strings in i18n/<lang>/<feature>.json; the files of a language are deep-merged into
 * one resource so features never edit the same file.
 */
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';

export const LANGUAGES = ['zh-CN', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
const STORAGE_KEY = 'stagger.language';

type Tree = { [key: string]: string | Tree };

function deepMerge(target: Tree, source: Tree): Tree {
  for (const [k, v] of Object.entries(source)) {
    const existing = target[k];
    if (typeof v === 'object' && typeof existing === 'object') deepMerge(existing, v);
    else target[k] = typeof v === 'object' ? deepMerge({}, v) : v;
  }
  return target;
}

function bundle(files: Record<string, { default: Tree }>): Tree {
  return Object.keys(files)
    .sort()
    .reduce<Tree>((acc, k) => deepMerge(acc, files[k].default), {});
}

export const resources = {
  'zh-CN': bundle(import.meta.glob<{ default: Tree }>('./zh-CN/*.json', { eager: true })),
  en: bundle(import.meta.glob<{ default: Tree }>('./en/*.json', { eager: true })),
};

export function savedLanguage(): Language {
  const saved = globalThis.localStorage?.getItem(STORAGE_KEY);
  return saved === 'en' ? 'en' : 'zh-CN';
}

export function setLanguage(lang: Language): void {
  globalThis.localStorage?.setItem(STORAGE_KEY, lang);
  void i18n.changeLanguage(lang);
  document.documentElement.lang = lang;
}

void i18n.use(initReactI18next).init({
  resources: { 'zh-CN': { translation: resources['zh-CN'] }, en: { translation: resources.en } },
  lng: savedLanguage(),
  fallbackLng: 'zh-CN',
  interpolation: { escapeValue: false },
  returnNull: false,
});

export default i18n;

// The page says its language (screen readers, fonts, hyphenation) from the first render on.
if (typeof document !== 'undefined') document.documentElement.lang = savedLanguage();
