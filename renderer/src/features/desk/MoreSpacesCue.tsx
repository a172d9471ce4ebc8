/**
 * The today board's cue for columns out of sight: when the spaces do not all fit in the
 * window (many spaces, a small screen), the bottom of the view says how many more there
 * are and which, and a click brings the first of them into view.
 */
import { useEffect, useRef, useState, type RefObject } from 'react';
import { Button } from 'antd';
import { DownOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';

/**
 * The ids of the columns (data-space-id) whose heading lies below the view, wholly or
 * in part. Those scrolled past above were seen already: they are not announced.
 */
export function useHiddenColumns(spaceIds: string) {
  const boardRef = useRef<HTMLDivElement>(null);
  const [hidden, setHidden] = useState<number[]>([]);
  useEffect(() => {
    const board = boardRef.current;
    if (!board || spaceIds === '') return;
    const seen = new Map<number, boolean>();
    const observer = new IntersectionObserver(
      (entries) => {
        for (const e of entries) {
          const id = Number((e.target.closest('[data-space-id]') as HTMLElement | null)?.dataset.spaceId);
          const below = e.intersectionRatio < 0.99 && (e.rootBounds === null || e.boundingClientRect.bottom > e.rootBounds.bottom);
          seen.set(id, !below);
        }
        setHidden([...seen].filter(([, visible]) => !visible).map(([id]) => id));
      },
      { threshold: [0, 0.99, 1] },
    );
    // The heading (name and hours) says the space is there; watch it, not the whole column.
    board.querySelectorAll('[data-space-id] .ant-card-head').forEach((head) => observer.observe(head));
    return () => observer.disconnect();
    // Watched anew for another site's columns (the elements are new ones).
  }, [spaceIds]);
  return { boardRef, hidden };
}

export function MoreSpacesCue(props: { hidden: { id: number; name: string }[]; boardRef: RefObject<HTMLDivElement | null> }) {
  const { t, i18n } = useTranslation();
  if (props.hidden.length === 0) return null;
  const first = props.hidden[0];
  const names = props.hidden.map((h) => h.name).join(i18n.language === 'en' ? ', ' : '、');
  return (
    <div className="today-board-cue">
      <Button
        shape="round"
        icon={<DownOutlined />}
        title={names}
        // To the top of the view: the next row comes in whole, clear of this cue.
        onClick={() => props.boardRef.current?.querySelector(`[data-space-id="${first.id}"]`)?.scrollIntoView({ behavior: 'smooth', block: 'start' })}
      >
        {t('desk.board.more', { count: props.hidden.length, names })}
      </Button>
    </div>
  );
}
