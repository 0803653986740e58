// The disclosure log as the screens read it: re-read whenever the repository reports a change.
import { useEffect, useMemo, useState } from 'react';
import { useUnlocked } from '../../app/unlocked';
import { disclosuresRegister, type Disclosure, type DisclosureInput } from '../../domain/registers/disclosures';
import type { RegisterRepository } from '../../store/contract';

export function useDisclosureRepository(): RegisterRepository<Disclosure, DisclosureInput> {
  const { session } = useUnlocked();
  return useMemo(() => session.registers.get(disclosuresRegister), [session]);
}

/** Every disclosure, or only one person's when `personId` is given; newest first (the definition's order). */
export function useDisclosures(personId?: string): readonly Disclosure[] {
  const repository = useDisclosureRepository();
  const [records, setRecords] = useState<readonly Disclosure[]>(() => (personId === undefined ? repository.list() : repository.forPerson(personId)));
  useEffect(() => {
    const refresh = () => setRecords(personId === undefined ? repository.list() : repository.forPerson(personId));
    refresh();
    return repository.subscribe(refresh);
  }, [repository, personId]);
  return records;
}
