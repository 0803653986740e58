// A register's records (and the people list: features/people/PeopleGrid.tsx) as an ARIA grid, virtualised:
// only the rows in view exist in the DOM, so a register of thousands scrolls as smoothly as ten. Focus
// stays on the grid and aria-activedescendant names the current row (a roving tabindex would lose its
// tab stop when that row scrolls away). Keys: ↑ ↓ Page Up/Down Home End move, Enter or Space opens.
import Box from '@mui/material/Box';
import useMediaQuery from '@mui/material/useMediaQuery';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';

export interface RegisterColumn<R> {
  id: string;
  header: string;
  cell(record: R): ReactNode;
  /** Low-priority columns hide below 1024 px wide (see the responsive handling in features/accessRequests/RequestsTable.tsx). */
  priority?: 'high' | 'low';
  width?: number | string;
}

export interface RegisterFilter<R> {
  id: string;
  label: string;
  options: { value: string; label: string }[];
  matches(record: R, value: string): boolean;
}

/** Below this width the low-priority columns give their room to the others. */
export const WIDE_QUERY = '(min-width:1024px)';
const ROW_HEIGHT = 44;
/** Below this the grid scrolls sideways rather than squeezing every column to nothing. */
const MIN_COLUMN_WIDTH = 140;

function track(width: number | string | undefined): string {
  if (width === undefined) return 'minmax(8rem, 1fr)';
  return typeof width === 'number' ? `${width}px` : width;
}

export interface RegisterTableProps<R extends { id: string }> {
  rows: readonly R[];
  columns: readonly RegisterColumn<R>[];
  /** The grid's accessible name. */
  label: string;
  /** The keyboard help's id. */
  describedBy?: string;
  onOpen?(record: R): void;
}

export function RegisterTable<R extends { id: string }>({ rows, columns, label, describedBy, onOpen }: RegisterTableProps<R>) {
  // noSsr: read the media query on the first render, so a narrow window never flashes every column.
  const wide = useMediaQuery(WIDE_QUERY, { noSsr: true });
  const shown = wide ? columns : columns.filter((column) => column.priority !== 'low');
  const template = shown.map((column) => track(column.width)).join(' ');
  const minWidth = shown.length * MIN_COLUMN_WIDTH;
  const idPrefix = useId();
  const rowId = (record: R) => `${idPrefix}-row-${record.id}`;
  const scrollRef = useRef<HTMLDivElement>(null);
  const [active, setActive] = useState(0);
  const [focused, setFocused] = useState(false);
  const activeIndex = Math.min(active, rows.length - 1);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
    // jsdom and the first paint have no layout yet: assume a viewport so rows render at once.
    initialRect: { width: 800, height: 600 },
  });
  const pageSize = Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? 600) / ROW_HEIGHT) - 1);

  const moveTo = (index: number) => {
    if (rows.length === 0) return;
    const next = Math.max(0, Math.min(rows.length - 1, index));
    setActive(next);
    virtualizer.scrollToIndex(next, { align: 'auto' });
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const moves: Record<string, number> = {
      ArrowDown: activeIndex + 1,
      ArrowUp: activeIndex - 1,
      PageDown: activeIndex + pageSize,
      PageUp: activeIndex - pageSize,
      Home: 0,
      End: rows.length - 1,
    };
    const target = moves[event.key];
    if (target !== undefined) {
      event.preventDefault();
      moveTo(target);
    } else if (event.key === 'Enter' || event.key === ' ') {
      const record = rows[activeIndex];
      if (record && onOpen) {
        event.preventDefault();
        onOpen(record);
      }
    }
  };

  const activeRecord = rows[activeIndex];
  return (
    <Box
      ref={scrollRef}
      role="grid"
      aria-label={label}
      aria-describedby={describedBy}
      aria-rowcount={rows.length + 1}
      aria-colcount={shown.length}
      aria-activedescendant={focused && activeRecord ? rowId(activeRecord) : undefined}
      tabIndex={0}
      onKeyDown={onKeyDown}
      onFocus={() => setFocused(true)}
      onBlur={() => setFocused(false)}
      sx={{
        flex: 1,
        minHeight: 240,
        overflow: 'auto',
        border: 1,
        borderColor: 'divider',
        borderRadius: 1,
        bgcolor: 'background.paper',
        '&:focus-visible': { outline: '3px solid #f2a900', outlineOffset: 2 },
      }}
    >
      <Box role="rowgroup" sx={{ position: 'sticky', top: 0, zIndex: 1, bgcolor: 'grey.100', borderBottom: 1, borderColor: 'divider' }}>
        <Box role="row" aria-rowindex={1} sx={{ display: 'grid', gridTemplateColumns: template, minWidth }}>
          {shown.map((column) => (
            <Box role="columnheader" key={column.id} sx={{ px: 2, py: 1.25, fontWeight: 600 }}>
              {column.header}
            </Box>
          ))}
        </Box>
      </Box>
      <Box role="rowgroup" sx={{ position: 'relative', height: virtualizer.getTotalSize(), minWidth }}>
        {virtualizer.getVirtualItems().map((item) => {
          const record = rows[item.index];
          if (!record) return null;
          const isActive = item.index === activeIndex;
          return (
            <Box
              role="row"
              key={record.id}
              id={rowId(record)}
              aria-rowindex={item.index + 2}
              onClick={() => {
                setActive(item.index);
                onOpen?.(record);
              }}
              sx={{
                position: 'absolute',
                top: 0,
                left: 0,
                right: 0,
                height: ROW_HEIGHT,
                transform: `translateY(${item.start}px)`,
                display: 'grid',
                gridTemplateColumns: template,
                alignItems: 'center',
                cursor: onOpen ? 'pointer' : undefined,
                borderBottom: 1,
                borderColor: 'divider',
                bgcolor: isActive ? 'action.selected' : undefined,
                outline: isActive && focused ? '2px solid' : undefined,
                outlineColor: 'primary.main',
                outlineOffset: -2,
                '&:hover': { bgcolor: 'action.hover' },
              }}
            >
              {shown.map((column) => (
                <Box role="gridcell" key={column.id} sx={{ px: 2, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}>
                  {column.cell(record)}
                </Box>
              ))}
            </Box>
          );
        })}
      </Box>
    </Box>
  );
}
