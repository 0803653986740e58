// The dashboard's "This year" figures: what an annual report counts, by Act (issue #14 item 4).
import { describe, expect, it } from 'vitest';
import type { AccessRequest } from '../../../renderer/src/domain/accessRequest';
import { yearFigures } from '../../../renderer/src/features/dashboard/yearFigures';
import { accessRequestRecord } from '../../fixtures/accessRequestRecord';

const withheld = [{ description: 'Notes', outcome: 'withheld' as const, ground: 'Legal advice', provision: 's.23(3)(a)' }];

const requests: AccessRequest[] = [
  // BC PIPA, due 15 April: answered on time, answered late, refused late, still open.
  accessRequestRecord({ id: 'a', status: 'responded', respondedOn: '2026-04-10', closedOn: '2026-04-10' }),
  accessRequestRecord({ id: 'b', status: 'responded', respondedOn: '2026-04-20', closedOn: '2026-04-20' }),
  accessRequestRecord({ id: 'c', status: 'refusedInFull', decision: withheld, respondedOn: '2026-04-16', closedOn: '2026-04-16' }),
  accessRequestRecord({ id: 'd', status: 'acknowledged' }),
  // PIPEDA: received last year, answered late this year; a withdrawal is not an answer.
  accessRequestRecord({ id: 'e', regime: 'PIPEDA', receivedOn: '2025-12-15', dueOn: '2026-01-14', status: 'refusedInPart', respondedOn: '2026-01-20', closedOn: '2026-01-20' }),
  accessRequestRecord({ id: 'f', regime: 'PIPEDA', status: 'withdrawn', closedOn: '2026-03-10', dueOn: '2026-04-01' }),
  // Last year's, answered last year: not in this year's figures.
  accessRequestRecord({ id: 'g', receivedOn: '2025-06-02', dueOn: '2025-07-14', status: 'responded', respondedOn: '2025-08-01', closedOn: '2025-08-01' }),
];

describe('this year’s figures', () => {
  it('counts requests received, answered, answered late and refused in the year, by Act and in all', () => {
    const figures = yearFigures(requests, 2026);
    expect(figures.total).toEqual({ received: 5, answered: 4, answeredLate: 3, refused: 2 });
    expect(figures.byRegime).toEqual([
      { regime: 'BC_PIPA', received: 4, answered: 3, answeredLate: 2, refused: 1 },
      { regime: 'PIPEDA', received: 1, answered: 1, answeredLate: 1, refused: 1 },
    ]);
  });

  it('a response sent after the due date counts as answered late in the year it was given', () => {
    expect(yearFigures(requests, 2025).total).toEqual({ received: 2, answered: 1, answeredLate: 1, refused: 0 });
  });

  it('an empty year lists no Act and counts nothing', () => {
    expect(yearFigures(requests, 2024)).toEqual({ total: { received: 0, answered: 0, answeredLate: 0, refused: 0 }, byRegime: [] });
  });
});
