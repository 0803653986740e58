// The disclosure log as the screens read it: re-read whenever the repository reports a change.
import { useRegisterRecords, useRegisterRepository } from '../../ui/registers/useRegisterRecords';
import { disclosuresRegister, type Disclosure, type DisclosureInput } from '../../domain/registers/disclosures';
import type { RegisterRepository } from '../../store/contract';

export function useDisclosureRepository(): RegisterRepository<Disclosure, DisclosureInput> {
  return useRegisterRepository(disclosuresRegister);
}

/** Every record, or one person's when `personId` is given, in the definition's order. */
export function useDisclosures(personId?: string): readonly Disclosure[] {
  return useRegisterRecords(disclosuresRegister, personId);
}
