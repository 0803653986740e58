// The register's entries as the screens read them: re-read whenever the repository reports a change.
import { useRegisterRecords, useRegisterRepository } from '../../ui/registers/useRegisterRecords';
import { useUnlocked } from '../../app/unlocked';
import { consentsRegister, type ConsentEntry, type ConsentInput } from '../../domain/registers/consents';
import type { RegisterRepository } from '../../store/contract';

export function useConsentsRepository(): RegisterRepository<ConsentEntry, ConsentInput> {
  return useRegisterRepository(consentsRegister);
}

/** Every record, or one person's when `personId` is given, in the definition's order. */
export function useConsentEntries(personId?: string): readonly ConsentEntry[] {
  return useRegisterRecords(consentsRegister, personId);
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
