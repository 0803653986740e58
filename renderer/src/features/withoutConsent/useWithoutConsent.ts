// The register's records as the screens read them: re-read whenever the repository reports a change.
import { useEffect, useMemo, useState } from 'react';
import { useUnlocked } from '../../app/unlocked';
import { withoutConsentRegister, type WithoutConsentEntry, type WithoutConsentInput } from '../../domain/registers/withoutConsent';
import type { RegisterRepository } from '../../store/contract';

export function useWithoutConsentRepository(): RegisterRepository<WithoutConsentEntry, WithoutConsentInput> {
  const { session } = useUnlocked();
  return useMemo(() => session.registers.get(withoutConsentRegister), [session]);
}

/** Every entry, or only one person's when `personId` is given; newest first (the definition's order). */
export function useWithoutConsentEntries(personId?: string): readonly WithoutConsentEntry[] {
  const repository = useWithoutConsentRepository();
  const read = () => (personId === undefined ? repository.list() : repository.forPerson(personId));
  const [entries, setEntries] = useState<readonly WithoutConsentEntry[]>(read);
  useEffect(() => {
    const refresh = () => setEntries(personId === undefined ? repository.list() : repository.forPerson(personId));
    refresh();
    return repository.subscribe(refresh);
  }, [repository, personId]);
  return entries;
}
