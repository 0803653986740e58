import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormLabel from '@mui/material/FormLabel';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../app/languageContext';
import { isLanguage, LANGUAGES } from '../../i18n';

/** Takes effect at once and is saved with the settings (the same control as the top bar's switch). */
export function LanguageField() {
  const { t } = useTranslation();
  const { language, setLanguage } = useLanguage();
  const labelId = useId();
  return (
    <FormControl>
      <FormLabel id={labelId}>{t('settings.language.label')}</FormLabel>
      <RadioGroup aria-labelledby={labelId} value={language} onChange={(event) => isLanguage(event.target.value) && setLanguage(event.target.value)}>
        {LANGUAGES.map((code) => (
          <FormControlLabel key={code} value={code} control={<Radio />} label={t(`languages.${code}`)} lang={code} />
        ))}
      </RadioGroup>
    </FormControl>
  );
}
