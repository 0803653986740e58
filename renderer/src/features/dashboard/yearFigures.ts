// The year's figures an annual report asks for: requests received, answered, answered after the
// binding deadline and refused (in full or in part), by Act. A request is counted as received in the
// year of receipt and as answered in the year of its answer, so one received in December and answered
// in January counts in both years.
import { isAnsweredLate, type AccessRequest } from '../../domain/accessRequest';
import { REGIMES, type Regime } from '../../domain/regime';

export interface YearCounts {
  received: number;
  answered: number;
  answeredLate: number;
  refused: number;
}

export interface YearFigures {
  total: YearCounts;
  /** Only the Acts with something to count, in the app's order of Acts. */
  byRegime: (YearCounts & { regime: Regime })[];
}

const zero = (): YearCounts => ({ received: 0, answered: 0, answeredLate: 0, refused: 0 });

export function yearFigures(requests: readonly AccessRequest[], year: number): YearFigures {
  const prefix = `${year}-`;
  const total = zero();
  const perRegime = new Map<Regime, YearCounts>();
  const add = (regime: Regime, key: keyof YearCounts) => {
    total[key] += 1;
    const counts = perRegime.get(regime) ?? zero();
    counts[key] += 1;
    perRegime.set(regime, counts);
  };
  for (const request of requests) {
    if (request.receivedOn.startsWith(prefix)) add(request.regime, 'received');
    if (!request.respondedOn?.startsWith(prefix)) continue;
    add(request.regime, 'answered');
    if (isAnsweredLate(request)) add(request.regime, 'answeredLate');
    if (request.status === 'refusedInFull' || request.status === 'refusedInPart') add(request.regime, 'refused');
  }
  const byRegime = REGIMES.flatMap((regime) => {
    const counts = perRegime.get(regime);
    return counts ? [{ regime, ...counts }] : [];
  });
  return { total, byRegime };
}

const figures = new WeakMap<readonly AccessRequest[], { year: number; figures: YearFigures }>();

/** yearFigures, once per list and year (see cachedDashboardSummary). */
export function cachedYearFigures(requests: readonly AccessRequest[], year: number): YearFigures {
  const cached = figures.get(requests);
  if (cached?.year === year) return cached.figures;
  const result = yearFigures(requests, year);
  figures.set(requests, { year, figures: result });
  return result;
}
