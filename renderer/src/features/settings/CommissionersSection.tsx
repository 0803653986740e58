// The oversight bodies the letters name, with the details each letter prints. Addresses and
// numbers change, so the officer can correct them here; letters issued from then on use the
// correction (features/accessRequests/actions/letterSupport.ts), letters already issued keep theirs.
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { SavedStatus } from '../../ui/forms/SavedStatus';
import { useUnlocked } from '../../app/unlocked';
import { useWording } from '../../app/useWording';
import { LANGUAGES, type LetterLanguage } from '../../domain/accessRequest';
import { commissionerFor, type Commissioner } from '../../domain/commissioners';
import { REGIMES, type Regime } from '../../domain/regime';
import { CommissionerDialog } from './CommissionerDialog';
import { isDefaultCommissioner } from './commissionerForm';

/**
 * Defaults that law.md marks "check" and that were not confirmed against the offices' own pages
 * for this release (see the sources note in domain/commissioners.ts).
 */
const UNCONFIRMED_DEFAULTS: ReadonlySet<Regime> = new Set(['BC_PIPA', 'AB_PIPA']);

export function CommissionersSection() {
  const { t } = useTranslation();
  const { session, settings, updateSettings } = useUnlocked();
  const overrides = settings.commissioners ?? {};
  const [editing, setEditing] = useState<Regime | null>(null);
  const [resetting, setResetting] = useState<Regime | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  // Worded at each render, so it follows a switch of language.
  const [status, setStatus] = useWording();
  const office = (regime: Regime) => t(`regimesShort.${regime}`);

  /** Keeps a correction only when it differs from the default, so a later corrected default reaches the letters. */
  const save = async (regime: Regime, commissioner: Commissioner) => {
    setError(null);
    setStatus(null);
    // From the session, not the rendered settings: the change must not undo one saved meanwhile.
    const { [regime]: _previous, ...others } = session.settings().commissioners ?? {};
    const next = isDefaultCommissioner(regime, commissioner) ? others : { ...others, [regime]: commissioner };
    await updateSettings({ commissioners: next });
    setEditing(null);
    setStatus((t) => t('settings.commissioners.saved', { regime: t(`regimesShort.${regime}`) }));
  };

  const reset = async (regime: Regime) => {
    setError(null);
    setStatus(null);
    setBusy(true);
    try {
      const { [regime]: _removed, ...others } = session.settings().commissioners ?? {};
      await updateSettings({ commissioners: others });
      setStatus((t) => t('settings.commissioners.resetDone', { regime: t(`regimesShort.${regime}`) }));
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
      setResetting(null);
    }
  };

  return (
    <Box>
      <Typography sx={{ mb: 1 }}>{t('settings.commissioners.intro')}</Typography>
      <Typography sx={{ mb: 2, fontWeight: 600 }}>{t('settings.commissioners.why')}</Typography>
      {REGIMES.map((regime) => (
        <CommissionerEntry
          key={regime}
          regime={regime}
          commissioner={commissionerFor(regime, overrides[regime])}
          corrected={overrides[regime] !== undefined}
          busy={busy}
          onEdit={() => setEditing(regime)}
          onReset={() => setResetting(regime)}
        />
      ))}
      <ErrorAlert error={error} onClose={() => setError(null)} />
      <SavedStatus message={status} />
      {editing && (
        <CommissionerDialog regime={editing} current={commissionerFor(editing, overrides[editing])} onSave={(c) => save(editing, c)} onClose={() => setEditing(null)} />
      )}
      <ConfirmDialog
        open={resetting !== null}
        title={resetting ? t('settings.commissioners.resetTitle', { regime: office(resetting) }) : ''}
        body={t('settings.commissioners.resetBody')}
        confirmLabel={t('settings.commissioners.reset')}
        busy={busy}
        onCancel={() => setResetting(null)}
        onConfirm={() => resetting && void reset(resetting)}
      />
    </Box>
  );
}

interface EntryProps {
  regime: Regime;
  commissioner: Commissioner;
  corrected: boolean;
  busy: boolean;
  onEdit: () => void;
  onReset: () => void;
}

function CommissionerEntry({ regime, commissioner, corrected, busy, onEdit, onReset }: EntryProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const office = t(`regimesShort.${regime}`);
  return (
    <Box component="section" aria-labelledby={headingId} sx={{ borderTop: 1, borderColor: 'divider', py: 2 }}>
      <Stack direction="row" spacing={1} useFlexGap sx={{ alignItems: 'center', flexWrap: 'wrap', mb: 1 }}>
        <Typography id={headingId} variant="h3" component="h3" sx={{ flexGrow: 1 }}>
          {t(`regimes.${regime}`)}
        </Typography>
        <Chip size="small" color={corrected ? 'primary' : 'default'} label={corrected ? t('settings.commissioners.corrected') : t('settings.commissioners.default')} />
      </Stack>
      {!corrected && UNCONFIRMED_DEFAULTS.has(regime) && (
        <Alert severity="warning" role="note" sx={{ mb: 1, py: 0 }}>
          {t('settings.commissioners.unconfirmed')}
        </Alert>
      )}
      <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', sm: '1fr 1fr' }, gap: 2 }}>
        {LANGUAGES.map((language) => (
          <ContactCard key={language} language={language} commissioner={commissioner} />
        ))}
      </Box>
      <Stack direction="row" spacing={2} sx={{ mt: 1, justifyContent: 'flex-end' }}>
        {corrected && (
          <Button onClick={onReset} disabled={busy} aria-label={t('settings.commissioners.resetNamed', { regime: office })}>
            {t('settings.commissioners.reset')}
          </Button>
        )}
        <Button variant="outlined" onClick={onEdit} disabled={busy} aria-label={t('settings.commissioners.editNamed', { regime: office })}>
          {t('settings.commissioners.edit')}
        </Button>
      </Stack>
    </Box>
  );
}

/** What a letter in `language` prints for this commissioner. */
function ContactCard({ language, commissioner }: { language: LetterLanguage; commissioner: Commissioner }) {
  const { t } = useTranslation();
  const c = commissioner;
  return (
    <Box>
      <Typography variant="body2" sx={{ fontWeight: 600, color: 'text.secondary' }}>
        {t(`settings.commissioners.inLetters.${language}`)}
      </Typography>
      <Box component="address" sx={{ fontStyle: 'normal', overflowWrap: 'anywhere' }}>
        <Box lang={language}>
          <Typography sx={{ fontWeight: 600 }}>{c.name[language]}</Typography>
          {c.address[language].map((line, index) => (
            <Typography key={index}>{line}</Typography>
          ))}
        </Box>
        <Typography>{t('settings.commissioners.phoneLine', { phone: c.phone })}</Typography>
        {c.tollFree && (
          <Typography>
            {t('settings.commissioners.tollFreeLine', { phone: c.tollFree })}
            {c.tollFreeNote && <span lang={language}>{` (${c.tollFreeNote[language]})`}</span>}
          </Typography>
        )}
      </Box>
    </Box>
  );
}
