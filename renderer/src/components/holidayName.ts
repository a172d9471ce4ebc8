import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * Statutory holidays come with the app under their official Chinese names (migration 0002,
 * from the State Council's notices); the set is fixed, so each has a translation key.
 * A name typed for a new year (录入 2027 年安排) that is not one of them shows as typed.
 */
const HOLIDAY_KEYS: Record<string, string> = {
  元旦: 'newYear',
  春节: 'springFestival',
  清明: 'qingming',
  清明节: 'qingming',
  劳动节: 'labourDay',
  端午: 'dragonBoat',
  端午节: 'dragonBoat',
  中秋: 'midAutumn',
  中秋节: 'midAutumn',
  国庆: 'nationalDay',
  国庆节: 'nationalDay',
  中国人民抗日战争暨世界反法西斯战争胜利70周年纪念日: 'victoryDay70',
};

/** The translation key of a holiday's name, or null for a name the app does not know. */
export function holidayNameKey(name: string): string | null {
  const key = HOLIDAY_KEYS[name.trim()];
  return key ? `names.holiday.${key}` : null;
}

/** A holiday's name in the UI's language: as stored in Chinese, and when the app does not know it. */
export function useHolidayName(): (name: string) => string {
  const { t, i18n } = useTranslation();
  const english = i18n.language === 'en';
  return useCallback((name: string) => {
    const key = english ? holidayNameKey(name) : null;
    return key ? t(key) : name;
  }, [t, english]);
}
