import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';

/** Sites, spaces, audiences and organisations carry an English name; show it in the English UI. */
export function useLocalName(): (entity: { name: string; nameEn?: string } | undefined | null) => string {
  const { i18n } = useTranslation();
  const english = i18n.language === 'en';
  // Stable per language, so memoised lists that use it recompute only when the language changes.
  return useCallback((entity) => (!entity ? '' : english && entity.nameEn ? entity.nameEn : entity.name), [english]);
}
