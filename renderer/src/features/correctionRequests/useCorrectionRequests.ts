// Correction requests as the screens read them: re-read whenever the repository reports a change.
import { useEffect, useMemo, useState } from 'react';
import { useUnlocked } from '../../app/unlocked';
import { correctionRequestsRegister, type CorrectionRequest, type CorrectionRequestInput } from '../../domain/registers/correctionRequests';
import type { RegisterRepository } from '../../store/contract';

export function useCorrectionRepository(): RegisterRepository<CorrectionRequest, CorrectionRequestInput> {
  const { session } = useUnlocked();
  return useMemo(() => session.registers.get(correctionRequestsRegister), [session]);
}

/** Every request, or one person's when `personId` is given; newest first. */
export function useCorrectionRequests(personId?: string): readonly CorrectionRequest[] {
  const repository = useCorrectionRepository();
  const [records, setRecords] = useState<readonly CorrectionRequest[]>(() => (personId === undefined ? repository.list() : repository.forPerson(personId)));
  useEffect(() => {
    const refresh = () => setRecords(personId === undefined ? repository.list() : repository.forPerson(personId));
    refresh();
    return repository.subscribe(refresh);
  }, [repository, personId]);
  return records;
}

/** The stored request as input for an update: bookkeeping fields left out, the rest as it is. */
export function inputOf(r: CorrectionRequest): CorrectionRequestInput {
  return {
    personId: r.personId,
    regime: r.regime,
    receivedOn: r.receivedOn,
    inWriting: r.inWriting,
    whatIsWrong: r.whatIsWrong,
    correctionAsked: r.correctionAsked,
    ...(r.evidence ? { evidence: r.evidence } : {}),
    ...(r.decision ? { decision: r.decision } : {}),
  };
}
