/**
 * The desk sheet's own language, apart from the poster's: the sheet is for the staff
 * at the desk, who read one language, while a door may want both. Chinese or English;
 * remembered on this computer (beside the UI language), the UI language until chosen.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

export const DESK_SHEET_LANGUAGES = ['zh', 'en'] as const;
export type DeskSheetLanguage = (typeof DESK_SHEET_LANGUAGES)[number];

const KEY = 'stagger.deskSheetLanguage';

export function useDeskSheetLanguage(): [DeskSheetLanguage, (l: DeskSheetLanguage) => void] {
  const { i18n } = useTranslation();
  const [language, setLanguage] = useState<DeskSheetLanguage>(() => {
    const saved = globalThis.localStorage?.getItem(KEY);
    return saved === 'zh' || saved === 'en' ? saved : i18n.language === 'en' ? 'en' : 'zh';
  });
  return [
    language,
    (l) => {
      globalThis.localStorage?.setItem(KEY, l);
      setLanguage(l);
    },
  ];
}
