// The register's entries as the screens read them: re-read whenever the repository reports a change.
import { useEffect, useMemo, useState } from 'react';
import { useUnlocked } from '../../app/unlocked';
import { consentsRegister, type ConsentEntry, type ConsentInput } from '../../domain/registers/consents';
import type { RegisterRepository } from '../../store/contract';

export function useConsentsRepository(): RegisterRepository<ConsentEntry, ConsentInput> {
  const { session } = useUnlocked();
  return useMemo(() => session.registers.get(consentsRegister), [session]);
}

/** Every entry, or one person's when `personId` is given; newest first (the definition's order). */
export function useConsentEntries(personId?: string): readonly ConsentEntry[] {
  const repository = useConsentsRepository();
  const read = () => (personId === undefined ? repository.list() : repository.forPerson(personId));
  const [entries, setEntries] = useState<readonly ConsentEntry[]>(read);
  useEffect(() => {
    const refresh = () => setEntries(personId === undefined ? repository.list() : repository.forPerson(personId));
    refresh();
    return repository.subscribe(refresh);
  }, [repository, personId]);
  return entries;
}

/** A purpose's name, for lists and messages. */
export function usePurposeName(): (id: string) => string {
  const { session } = useUnlocked();
  return (id) => {
    const purposes = session.registers.byName('purposes');
    const purpose = purposes?.get(id);
    return purposes && purpose ? purposes.definition.label(purpose) : '';
  };
}
