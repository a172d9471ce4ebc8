/**
 * Printed sheets speak Chinese, English, or Chinese with English underneath, whatever
 * the UI language is: the sheet reads both languages from fixed translators.
 */
import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { TOptions } from 'i18next';

export const PRINT_LANGUAGES = ['zh', 'both', 'en'] as const;
export type PrintLanguage = (typeof PRINT_LANGUAGES)[number];

/** One text in both languages; `en` empty when there is no English (a user's own title). */
export interface BiText {
  zh: string;
  en: string;
}

export interface SheetText {
  language: PrintLanguage;
  /** A translation key in both languages. */
  t(key: string, options?: TOptions): BiText;
  /** A place's or group's name: English where it has one. */
  name(entity: { name: string; nameEn?: string | null } | null | undefined): BiText;
  /** The one line a tight spot can hold: Chinese unless the sheet is English only. */
  one(text: BiText): string;
}

const LanguageContext = createContext<PrintLanguage>('zh');

export function PrintLanguageProvider(props: { language: PrintLanguage; children: ReactNode }) {
  return <LanguageContext.Provider value={props.language}>{props.children}</LanguageContext.Provider>;
}

export function useSheetText(): SheetText {
  const { i18n } = useTranslation();
  const language = useContext(LanguageContext);
  return useMemo(() => {
    const zh = i18n.getFixedT('zh-CN');
    const en = i18n.getFixedT('en');
    return {
      language,
      t: (key, options) => ({ zh: String(zh(key, options)), en: String(en(key, options)) }),
      name: (entity) => ({ zh: entity?.name ?? '', en: entity?.nameEn ?? '' }),
      one: (text) => (language === 'en' && text.en ? text.en : text.zh),
    };
  }, [i18n, language]);
}

/**
 * A label in the sheet's language. Bilingual: Chinese, with English underneath
 * (`inline` puts it beside instead, for short labels like weekdays).
 */
export function Bi(props: { text: BiText; inline?: boolean; className?: string }) {
  const language = useContext(LanguageContext);
  const { zh, en } = props.text;
  if (language === 'en') return <span className={props.className}>{en || zh}</span>;
  if (language === 'zh' || !en || en === zh) return <span className={props.className}>{zh}</span>;
  return (
    <span className={`bi ${props.inline ? 'bi-inline' : ''} ${props.className ?? ''}`}>
      <span className="bi-zh">{zh}</span>
      <span className="bi-en" lang="en">
        {en}
      </span>
    </span>
  );
}
