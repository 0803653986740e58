// Called on submit: the live meter may not have finished loading, so the decision is made here.
import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import { estimateStrength, MIN_PASSPHRASE_SCORE } from './strength';

export async function passphraseIsStrongEnough<T extends FieldValues>(
  passphrase: string,
  setError: UseFormSetError<T>,
  userInputs: string[] = [],
): Promise<boolean> {
  const { score } = await estimateStrength(passphrase, userInputs);
  if (score >= MIN_PASSPHRASE_SCORE) return true;
  setError('passphrase' as Path<T>, { type: 'strength', message: 'validation.passphraseWeak' }, { shouldFocus: true });
  return false;
}
