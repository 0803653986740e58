// The language a letter is written in (EN/FR), chosen before it is issued. A native <select>, as the
// kit's SelectField.
import TextField from '@mui/material/TextField';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, type Language } from '../../domain/language';

export function LetterLanguageField({ value, onChange, disabled }: { value: Language; onChange(language: Language): void; disabled?: boolean }) {
  const { t } = useTranslation();
  return (
    <TextField
      select
      size="small"
      label={t('recordLetters.language')}
      value={value}
      disabled={disabled}
      onChange={(e) => onChange(e.target.value as Language)}
      slotProps={{ select: { native: true }, inputLabel: { shrink: true } }}
      sx={{ maxWidth: 260 }}
    >
      {LANGUAGES.map((l) => (
        <option key={l} value={l}>
          {t(`languages.${l}`)}
        </option>
      ))}
    </TextField>
  );
}
