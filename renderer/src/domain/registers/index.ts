// Every register, once. The database's tables, the unlock read, the backup archive, CSV export, the
// audit trail's kinds, the record pins and the screens are all derived from this list: a register
// missing from one of them cannot exist, so nothing can silently drop out of a backup.
import { accessRequestsRegister } from './accessRequests';
import { consentsRegister } from './consents';
import { correctionRequestsRegister } from './correctionRequests';
import type { AnyRegisterDefinition } from './definition';
import { disclosuresRegister } from './disclosures';
import { noticesRegister } from './notices';
import { peopleRegister } from './people';
import { purposesRegister } from './purposes';
import { withoutConsentRegister } from './withoutConsent';

export const REGISTERS: readonly AnyRegisterDefinition[] = [
  peopleRegister,
  accessRequestsRegister,
  purposesRegister,
  noticesRegister,
  consentsRegister,
  disclosuresRegister,
  withoutConsentRegister,
  correctionRequestsRegister,
];

export function registerNamed(name: string): AnyRegisterDefinition | undefined {
  return REGISTERS.find((r) => r.name === name);
}

/** The registers the generic repository serves; people and access requests have their own (richer) ones over the same sealed table. */
export const KIT_REGISTERS: readonly AnyRegisterDefinition[] = REGISTERS.filter((r) => r !== peopleRegister && r !== accessRequestsRegister);
