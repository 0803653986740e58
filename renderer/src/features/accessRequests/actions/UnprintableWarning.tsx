// The letters' font covers Latin, Greek and Cyrillic; a name in another script (Chinese, Arabic…)
// would print as empty boxes. Say so before the letter is issued, naming the characters.
import Alert from '@mui/material/Alert';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { unprintableCharacters } from '../../../letters/letterFonts';

export function UnprintableWarning({ text }: { text: string }) {
  const { t } = useTranslation();
  const [missing, setMissing] = useState<string[]>([]);
  useEffect(() => {
    let current = true;
    unprintableCharacters(text)
      .then((chars) => current && setMissing(chars))
      .catch(() => current && setMissing([])); // no font, no warning: the preview still shows the truth
    return () => {
      current = false;
    };
  }, [text]);
  if (missing.length === 0) return null;
  return (
    <Alert severity="warning" role="note" sx={{ mt: 2 }}>
      {t('letters.unprintable', { chars: missing.join(' ') })}
    </Alert>
  );
}
