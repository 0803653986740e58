// The people matching the search, re-read whenever the repository reports a change.
import { useEffect, useState } from 'react';
import type { Person } from '../../domain/person';
import type { PeopleRepository } from '../../store/contract';

function run(people: PeopleRepository, query: string, includeArchived: boolean): Person[] {
  const q = query.trim();
  // No cap on results: the count shown is "N people", which must be the true number of matches.
  return q ? people.search(q, { includeArchived, limit: Number.MAX_SAFE_INTEGER }) : people.list({ includeArchived });
}

export function usePeopleQuery(people: PeopleRepository, query: string, includeArchived: boolean): Person[] {
  const [rows, setRows] = useState<Person[]>(() => run(people, query, includeArchived));
  useEffect(() => {
    const refresh = () => setRows(run(people, query, includeArchived));
    refresh();
    return people.subscribe(refresh);
  }, [people, query, includeArchived]);
  return rows;
}
