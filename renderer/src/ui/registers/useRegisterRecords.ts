// A register's records as the screens read them: re-read whenever its repository reports a change.
// One hook for every register, so each feature's own hook is a one-line wrapper.
import { useEffect, useMemo, useState } from 'react';
import { useUnlocked } from '../../app/unlocked';
import type { RegisterDefinition, RegisterRecord } from '../../domain/registers/definition';
import type { RegisterRepository } from '../../store/contract';

export function useRegisterRepository<R extends RegisterRecord, I>(definition: RegisterDefinition<R, I>): RegisterRepository<R, I> {
  const { session } = useUnlocked();
  return useMemo(() => session.registers.get(definition), [session, definition]);
}

/** Every record, or one person's when `personId` is given, in the definition's order. */
export function useRegisterRecords<R extends RegisterRecord, I>(definition: RegisterDefinition<R, I>, personId?: string): readonly R[] {
  const repository = useRegisterRepository(definition);
  const read = () => (personId === undefined ? repository.list() : repository.forPerson(personId));
  const [records, setRecords] = useState<readonly R[]>(read);
  useEffect(() => {
    const refresh = () => setRecords(personId === undefined ? repository.list() : repository.forPerson(personId));
    refresh();
    return repository.subscribe(refresh);
  }, [repository, personId]);
  return records;
}
