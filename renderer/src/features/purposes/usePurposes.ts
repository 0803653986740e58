// The purposes register's repository and its records, read again whenever the store says they changed.
import { useEffect, useState } from 'react';
import { useUnlocked } from '../../app/unlocked';
import { purposesRegister, type Purpose, type PurposeInput } from '../../domain/registers/purposes';
import type { RegisterRepository } from '../../store/contract';

export function usePurposeRepository(): RegisterRepository<Purpose, PurposeInput> {
  return useUnlocked().session.registers.get(purposesRegister);
}

/** Every purpose, retired ones included, in the definition's order. */
export function usePurposes(): { repository: RegisterRepository<Purpose, PurposeInput>; purposes: readonly Purpose[] } {
  const repository = usePurposeRepository();
  const [purposes, setPurposes] = useState(() => repository.list());
  useEffect(() => {
    setPurposes(repository.list());
    return repository.subscribe(() => setPurposes(repository.list()));
  }, [repository]);
  return { repository, purposes };
}
