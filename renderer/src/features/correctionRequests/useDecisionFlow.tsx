// Decide, then the letters: the flow the register's list and the person's tab share. A decision
// saved hands over to the request's letters (the outcome, the notices to last year's recipients);
// focus then returns to the button that started it (ui/useReturnFocus.ts).
import { useMemo, useState, type ReactNode } from 'react';
import type { CorrectionRequest } from '../../domain/registers/correctionRequests';
import { useReturnFocus } from '../../ui/useReturnFocus';
import { CorrectionLettersDialog } from './CorrectionLettersDialog';
import { DecideDialog } from './DecideDialog';

export function useDecisionFlow(): { decide(request: CorrectionRequest): void; openLetters(request: CorrectionRequest): void; dialogs: ReactNode } {
  const [deciding, setDeciding] = useState<CorrectionRequest | null>(null);
  const [lettersOf, setLettersOf] = useState<CorrectionRequest | null>(null);
  const returnFocus = useReturnFocus();
  const dialogs = (
    <>
      {deciding && (
        <DecideDialog
          request={deciding}
          onClose={() => {
            setDeciding(null);
            returnFocus.restore();
          }}
          onDecided={(r) => {
            setDeciding(null);
            setLettersOf(r);
          }}
        />
      )}
      <CorrectionLettersDialog
        request={lettersOf}
        onClose={() => {
          setLettersOf(null);
          returnFocus.restore();
        }}
      />
    </>
  );
  const actions = useMemo(
    () => ({
      decide: (request: CorrectionRequest) => {
        returnFocus.remember();
        setDeciding(request);
      },
      openLetters: (request: CorrectionRequest) => setLettersOf(request),
    }),
    [returnFocus],
  );
  return { ...actions, dialogs };
}
