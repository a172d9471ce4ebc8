import type { ReactNode } from 'react';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import { useLocalName } from './localName';

/**
 * The two name columns of a list of named records: the name in the UI's language first
 * (English when it has one), then the other language's name, so a coordinator sees at a
 * glance which records still lack their English name.
 */
export function useNameColumns<T extends { name: string; nameEn?: string }>(show?: (name: string, record: T) => ReactNode): ColumnsType<T> {
  const { t, i18n } = useTranslation();
  const localName = useLocalName();
  const english = i18n.language === 'en';
  return [
    { title: t('fields.name'), render: (_, r) => (show ? show(localName(r), r) : localName(r)) },
    english
      ? // Marked as Chinese: it is the record's Chinese name, shown on purpose.
        { title: t('names.nameZh'), render: (_, r) => <span lang="zh-CN">{r.name}</span> }
      : { title: t('fields.nameEn'), render: (_, r) => r.nameEn },
  ];
}
