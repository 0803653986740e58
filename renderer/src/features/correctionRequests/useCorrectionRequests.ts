// Correction requests as the screens read them: re-read whenever the repository reports a change.
import { useRegisterRecords, useRegisterRepository } from '../../ui/registers/useRegisterRecords';
import { correctionRequestsRegister, type CorrectionRequest, type CorrectionRequestInput } from '../../domain/registers/correctionRequests';
import type { RegisterRepository } from '../../store/contract';
import { useMemo } from 'react';
import { annotationsOf, type PersonAnnotation } from '../../domain/corrections';

export function useCorrectionRepository(): RegisterRepository<CorrectionRequest, CorrectionRequestInput> {
  return useRegisterRepository(correctionRequestsRegister);
}

/** Every record, or one person's when `personId` is given, in the definition's order. */
export function useCorrectionRequests(personId?: string): readonly CorrectionRequest[] {
  return useRegisterRecords(correctionRequestsRegister, personId);
}

/** The person's annotations: their corrections asked for and not made, oldest decision first. */
export function usePersonAnnotations(personId: string): PersonAnnotation[] {
  const records = useCorrectionRequests(personId);
  return useMemo(() => annotationsOf(records, personId), [records, personId]);
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
