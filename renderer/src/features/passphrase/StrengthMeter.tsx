// A labelled meter (ARIA role "meter", 0–4) with zxcvbn's warning and suggestions, translated.
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { MIN_PASSPHRASE_SCORE, type Strength } from './strength';

const COLOURS = ['#b3261e', '#b3261e', '#8a5a00', '#1e6b3a', '#1e6b3a'] as const;

export function StrengthMeter({ strength, empty }: { strength: Strength | null; empty: boolean }) {
  const { t } = useTranslation();
  const labelId = useId();
  const score = strength?.score ?? 0;
  const label = strength ? t(`passphrase.scores.${score}`) : empty ? '' : t('passphrase.checking');
  const valueText = strength ? t('passphrase.strengthValue', { label, score }) : label;
  const translate = (kind: 'warnings' | 'suggestions', key: string) => t(`zxcvbn.${kind}.${key}`, { defaultValue: '' });
  const warning = strength?.warning ? translate('warnings', strength.warning) : '';
  const suggestions = (strength?.suggestions ?? []).map((key) => translate('suggestions', key)).filter(Boolean);

  return (
    <Box sx={{ mt: 1, mb: 2 }}>
      <Typography id={labelId} variant="body2" component="p">
        {t('passphrase.strength')}
        {valueText ? `: ${valueText}` : ''}
      </Typography>
      <Box
        role="meter"
        aria-labelledby={labelId}
        aria-valuemin={0}
        aria-valuemax={4}
        aria-valuenow={score}
        aria-valuetext={valueText || undefined}
        sx={{ display: 'flex', gap: 0.5, mt: 0.5 }}
      >
        {/* Four bars for the four steps above 0, so "1 of 4" lights exactly one. */}
        {[1, 2, 3, 4].map((step) => {
          const filled = strength !== null && step <= score;
          return (
            <Box
              key={step}
              data-filled={filled}
              sx={{ flex: 1, height: 8, borderRadius: 1, bgcolor: filled ? COLOURS[score] : 'grey.300' }}
            />
          );
        })}
      </Box>
      <Box aria-live="polite">
        {strength && strength.score < MIN_PASSPHRASE_SCORE && (
          <Typography variant="body2" sx={{ color: 'error.main', mt: 0.5 }}>
            {t('passphrase.weakWarning')}
          </Typography>
        )}
        {warning && (
          <Typography variant="body2" sx={{ mt: 0.5 }}>
            {warning}
          </Typography>
        )}
        {suggestions.length > 0 && (
          <Box component="ul" sx={{ m: 0, mt: 0.5, pl: 3 }}>
            {suggestions.map((s) => (
              <Typography component="li" variant="body2" key={s}>
                {s}
              </Typography>
            ))}
          </Box>
        )}
      </Box>
    </Box>
  );
}
