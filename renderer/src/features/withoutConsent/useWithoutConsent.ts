// The register's records as the screens read them: re-read whenever the repository reports a change.
import { useRegisterRecords, useRegisterRepository } from '../../ui/registers/useRegisterRecords';
import { withoutConsentRegister, type WithoutConsentEntry, type WithoutConsentInput } from '../../domain/registers/withoutConsent';
import type { RegisterRepository } from '../../store/contract';

export function useWithoutConsentRepository(): RegisterRepository<WithoutConsentEntry, WithoutConsentInput> {
  return useRegisterRepository(withoutConsentRegister);
}

/** Every record, or one person's when `personId` is given, in the definition's order. */
export function useWithoutConsentEntries(personId?: string): readonly WithoutConsentEntry[] {
  return useRegisterRecords(withoutConsentRegister, personId);
}
