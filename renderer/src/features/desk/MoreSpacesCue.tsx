/**
 * The today board's cue for columns out of sight: when the spaces do not all fit in the
 * window (many spaces, a small screen), the bottom of the view says how many more there
 * are and which, and a click brings the first of them into view.
 */
import { useEffect, useRef, useState, type RefObject } from 'react';
import { Button } from 'antd';
import { DownOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';

/** Height of the cue at the bottom of the view, fade included (today-board.css). */
const CUE_HEIGHT_PX = 72;

/**
 * The ids of the columns (data-space-id) whose heading lies below the view. Those
 * scrolled past above were seen already and are not announced. Once some lie below,
 * the cue is shown and covers the bottom of the view: headings under it count too.
 * Measured on scrolling (of any container), resizing, and changes of the board.
 */
export function useHiddenColumns(spaceIds: string) {
  const boardRef = useRef<HTMLDivElement>(null);
  const [hidden, setHidden] = useState<number[]>([]);
  useEffect(() => {
    const board = boardRef.current;
    if (!board || spaceIds === '') return;
    let frame = 0;
    const measure = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        const bottom = window.innerHeight;
        const heads = [...board.querySelectorAll<HTMLElement>('[data-space-id]')].map((column) => ({
          id: Number(column.dataset.spaceId),
          bottom: column.querySelector('.ant-card-head')?.getBoundingClientRect().bottom ?? 0,
        }));
        const anyBelow = heads.some((h) => h.bottom > bottom + 1);
        const next = anyBelow ? heads.filter((h) => h.bottom > bottom - CUE_HEIGHT_PX).map((h) => h.id) : [];
        setHidden((prev) => (prev.join() === next.join() ? prev : next));
      });
    };
    measure();
    const resized = new ResizeObserver(measure);
    resized.observe(board);
    window.addEventListener('resize', measure);
    // Scrolls of the screen's own container do not bubble: listen in the capture phase.
    window.addEventListener('scroll', measure, true);
    return () => {
      cancelAnimationFrame(frame);
      resized.disconnect();
      window.removeEventListener('resize', measure);
      window.removeEventListener('scroll', measure, true);
    };
    // Measured anew for another site's columns.
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
