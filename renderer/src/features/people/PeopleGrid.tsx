// The people list as an ARIA grid, virtualised: only the rows in view (plus a margin) exist in the
// DOM, so 50,000 people scroll as smoothly as 50. Focus stays on the grid and aria-activedescendant
// names the current row — a roving tabindex would lose its tab stop when that row is scrolled away.
// Keys: ↑ ↓ Page Up/Down Home End move, Enter opens.
import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Person } from '../../domain/person';

const ROW_HEIGHT = 44;
const COLUMNS = ['familyName', 'givenName', 'email', 'kind', 'status'] as const;
const GRID_TEMPLATE = 'minmax(8rem, 1.2fr) minmax(8rem, 1.2fr) minmax(10rem, 2fr) minmax(7rem, 1fr) minmax(6rem, 0.8fr)';
const rowId = (person: Person) => `person-row-${person.id}`;

interface Props {
  rows: Person[];
  label: string;
  describedBy?: string;
  onOpen: (person: Person) => void;
}

export function PeopleGrid({ rows, label, describedBy, onOpen }: Props) {
  const { t } = useTranslation();
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
      const person = rows[activeIndex];
      if (person) {
        event.preventDefault();
        onOpen(person);
      }
    }
  };

  const activePerson = rows[activeIndex];
  return (
    <Box
      ref={scrollRef}
      role="grid"
      aria-label={label}
      aria-describedby={describedBy}
      aria-rowcount={rows.length + 1}
      aria-colcount={COLUMNS.length}
      aria-activedescendant={focused && activePerson ? rowId(activePerson) : undefined}
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
        <Box role="row" aria-rowindex={1} sx={{ display: 'grid', gridTemplateColumns: GRID_TEMPLATE, minWidth: 720 }}>
          {COLUMNS.map((column) => (
            <Box role="columnheader" key={column} sx={{ px: 2, py: 1.25, fontWeight: 600 }}>
              {t(`people.columns.${column}`)}
            </Box>
          ))}
        </Box>
      </Box>
      <Box role="rowgroup" sx={{ position: 'relative', height: virtualizer.getTotalSize(), minWidth: 720 }}>
        {virtualizer.getVirtualItems().map((item) => {
          const person = rows[item.index];
          if (!person) return null;
          const isActive = item.index === activeIndex;
          return (
            <Box
              role="row"
              key={person.id}
              id={rowId(person)}
              aria-rowindex={item.index + 2}
              onClick={() => {
                setActive(item.index);
                onOpen(person);
              }}
              sx={{
                position: 'absolute',
                top: 0,
                left: 0,
                right: 0,
                height: ROW_HEIGHT,
                transform: `translateY(${item.start}px)`,
                display: 'grid',
                gridTemplateColumns: GRID_TEMPLATE,
                alignItems: 'center',
                cursor: 'pointer',
                borderBottom: 1,
                borderColor: 'divider',
                bgcolor: isActive ? 'action.selected' : undefined,
                outline: isActive && focused ? '2px solid' : undefined,
                outlineColor: 'primary.main',
                outlineOffset: -2,
                '&:hover': { bgcolor: 'action.hover' },
              }}
            >
              <Cell>{person.familyName}</Cell>
              <Cell>{person.givenName}</Cell>
              <Cell>{person.email ?? ''}</Cell>
              <Cell>{t(`people.kinds.${person.kind}`)}</Cell>
              <Cell>{person.archivedAt ? <Chip size="small" label={t('people.archived')} /> : null}</Cell>
            </Box>
          );
        })}
      </Box>
    </Box>
  );
}

function Cell({ children }: { children: React.ReactNode }) {
  return (
    <Box role="gridcell" sx={{ px: 2, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}>
      {children}
    </Box>
  );
}
