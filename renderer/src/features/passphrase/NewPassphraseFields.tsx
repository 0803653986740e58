// New passphrase + confirmation + live strength, for first run, recovery and change of passphrase.
// The parent form owns the fields (names 'passphrase' and 'confirmation') so one submit covers all.
import { useWatch, type Control, type FieldValues, type Path } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { FormTextField } from '../../ui/forms/FormTextField';
import { StrengthMeter } from './StrengthMeter';
import { usePassphraseStrength } from './usePassphraseStrength';

interface Props<T extends FieldValues, TT> {
  control: Control<T, unknown, TT>;
  /** Words the passphrase must not lean on: organisation and officer names. */
  userInputs?: readonly string[];
}

export function NewPassphraseFields<T extends FieldValues & { passphrase: string; confirmation: string }, TT = T>({ control, userInputs }: Props<T, TT>) {
  const { t } = useTranslation();
  const passphrase = useWatch({ control, name: 'passphrase' as Path<T> }) as string | undefined;
  const strength = usePassphraseStrength(passphrase ?? '', userInputs);
  return (
    <>
      <FormTextField
        control={control}
        name={'passphrase' as Path<T>}
        label={t('passphrase.new')}
        type="password"
        autoComplete="new-password"
        helperText={t('passphrase.help')}
        required
      />
      <StrengthMeter strength={strength} empty={!passphrase} />
      <FormTextField
        control={control}
        name={'confirmation' as Path<T>}
        label={t('passphrase.confirm')}
        type="password"
        autoComplete="new-password"
        required
      />
    </>
  );
}
