// The recipients an access response names, read from the disclosure log when the respond dialog
// opens (BC PIPA s.23(1)(c); PIPEDA Sch.1 4.9.3). Read once: the officer then edits the text freely.
import { useState } from 'react';
import { useUnlocked } from '../../app/unlocked';
import type { AccessRequest } from '../../domain/accessRequest';
import { disclosuresRegister } from '../../domain/registers/disclosures';
import { responseRecipients, type ResponseRecipients } from './responseRecipients';

/** Undefined when `enabled` is false (another step than respond). */
export function useResponseRecipients(request: AccessRequest, enabled: boolean): ResponseRecipients | undefined {
  const { session } = useUnlocked();
  // Computed for the dialog's first render only: a disclosure recorded meanwhile does not rewrite what the officer is reviewing.
  const [found] = useState(() =>
    enabled ? responseRecipients(session.registers.get(disclosuresRegister).forPerson(request.personId), request.personId, request.language, session.today()) : undefined,
  );
  return found;
}
