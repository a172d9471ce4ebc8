import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { amenityLabel } from '../../../electron/shared/amenities';

/** An amenity as the UI's language names it (see shared/amenities.ts). */
export function useAmenityLabel(): (stored: string) => string {
  const { i18n } = useTranslation();
  const language = i18n.language === 'en' ? 'en' : 'zh';
  return useCallback((stored: string) => amenityLabel(stored, language), [language]);
}
