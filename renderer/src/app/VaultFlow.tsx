// The app's state machine: checking → first run | locked → (opening →) unlocked → locked …
// "Opening" is the dashboard drawn from the vault's sealed digest while unlock reads the records
// (store/firstScreen.ts); it holds no session, only that digest and the few names it shows.
// The open Session lives only here (and in the unlocked tree below). Locking calls session.lock(),
// forgets the session and unmounts the unlocked tree, so no decrypted data stays in React state;
// it also closes the documents the app opened and empties the letter caches (afterLock.ts).
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FirstRun } from '../features/onboarding/FirstRun';
import { LockedScreen } from '../features/unlock/LockedScreen';
import type { Language } from '../i18n';
import type { AppSettings, FirstScreen, Session } from '../store/contract';
import { prepareFirstScreen, type PreparedFirstScreen } from '../features/dashboard/firstScreen';
import { OpeningApp } from './OpeningApp';
import { forgetAfterLock } from './afterLock';
import { AppFrame } from './AppFrame';
import { ErrorAlert } from '../ui/ErrorAlert';
import { IdleWarning } from './IdleWarning';
import { LostFormsNotice } from './LostFormsNotice';
import { LanguageProvider, useLanguage } from './languageContext';
import { useServices } from './services';
import { UnlockedApp } from './UnlockedApp';
import { UnlockedProvider, type Unlocked } from './unlocked';
import { unsavedFormTitles, bundleStrings } from './unsavedForms';
import { useLockTriggers } from './useLockTriggers';

type Phase = 'checking' | 'firstRun' | 'locked' | 'opening' | 'unlocked' | 'failed';

export function VaultFlow() {
  const { t, i18n } = useTranslation();
  const { gate, host } = useServices();
  const outerLanguage = useLanguage();
  const [phase, setPhase] = useState<Phase>('checking');
  const [startupError, setStartupError] = useState<unknown>(null);
  const [session, setSession] = useState<Session | null>(null);
  const [settings, setSettings] = useState<AppSettings | null>(null);
  const [wasLocked, setWasLocked] = useState(false);
  const [settingsError, setSettingsError] = useState<unknown>(null);
  const [idleMsLeft, setIdleMsLeft] = useState<number | null>(null);
  // Titles of the forms the last lock closed with text in them, told to the officer after unlock.
  const [lostForms, setLostForms] = useState<string[]>([]);
  // A ref as well as state: lock() must reach the live session even from a stale closure (timers).
  const sessionRef = useRef<Session | null>(null);
  // The first screen shown while unlock reads the records, and how to tell unlock it is painted.
  const [opening, setOpening] = useState<{ screen: PreparedFirstScreen; painted: () => void } | null>(null);
  const [openingError, setOpeningError] = useState<unknown>(null);
  // Locked while opening: the session that unlock then hands over is locked at once, not shown.
  // Unlocks run one at a time (the gate's queue), so the next outcome to arrive is that unlock's.
  const abandoned = useRef(false);
  // Set when unlock's outcome arrives, so a first screen prepared too late is not shown after it.
  const settled = useRef(false);
  const phaseRef = useRef<Phase>('checking');
  useEffect(() => {
    phaseRef.current = phase;
  }, [phase]);
  const { setLanguage: setOuterLanguage } = outerLanguage;
  const outerLanguageRef = useRef(outerLanguage.language);
  useEffect(() => {
    outerLanguageRef.current = outerLanguage.language;
  }, [outerLanguage.language]);

  const check = useCallback(() => {
    setPhase('checking');
    gate.exists().then(
      async (exists) => {
        // The unlock screen speaks the language chosen last time, kept in the clear by the gate.
        if (exists) setOuterLanguage(await gate.language().catch(() => outerLanguageRef.current));
        setPhase(exists ? 'locked' : 'firstRun');
      },
      (error: unknown) => {
        setStartupError(error);
        setPhase('failed');
      },
    );
  }, [gate, setOuterLanguage]);
  useEffect(check, [check]);

  const adopt = useCallback(
    (opened: Session) => {
      sessionRef.current = opened;
      const current = opened.settings();
      setSession(opened);
      setSettings(current);
      setOuterLanguage(current.language);
    },
    [setOuterLanguage],
  );

  const lock = useCallback(() => {
    const open = sessionRef.current;
    // Read before the unlocked tree unmounts and takes the open dialogs with it.
    if (open) setLostForms(unsavedFormTitles(document, bundleStrings(i18n.getResourceBundle(i18n.language, 'translation')), t('app.unsavedFormUntitled')));
    sessionRef.current = null;
    if (open && !open.locked) open.lock();
    void forgetAfterLock(host);
    setSession(null);
    setSettings(null);
    setWasLocked(true);
    setIdleMsLeft(null);
    setPhase('locked');
  }, [host, i18n, t]);

  const showFirstScreen = useCallback(async (screen: FirstScreen) => {
    settled.current = false;
    const prepared = await prepareFirstScreen(screen);
    // Unlock waits a second at most: if the records came first, the first screen is not shown at all.
    if (settled.current) return;
    await new Promise<void>((painted) => {
      setOpeningError(null);
      setOpening({ screen: prepared, painted });
      setPhase('opening');
    });
  }, []);

  const unlockedFromForm = useCallback(
    (opened: Session) => {
      settled.current = true;
      setOpening(null);
      setOpeningError(null);
      if (abandoned.current) {
        abandoned.current = false;
        opened.lock();
        return;
      }
      adopt(opened);
      setPhase('unlocked');
    },
    [adopt],
  );

  // Unlock failed after its first screen (damaged records, a disk error): back to the form, with why.
  const failedAfterFirstScreen = useCallback((error: unknown) => {
    settled.current = true;
    if (abandoned.current) {
      abandoned.current = false;
      return;
    }
    if (phaseRef.current !== 'opening') return; // the form, still on screen, shows it itself
    setOpening(null);
    setOpeningError(error);
    setPhase('locked');
  }, []);

  const lockWhileOpening = useCallback(() => {
    abandoned.current = true;
    setOpening(null);
    setWasLocked(true);
    setPhase('locked');
    void forgetAfterLock(host);
  }, [host]);

  // Lock when the window goes away too, so a reload never finds a live session in memory.
  useEffect(
    () => () => {
      sessionRef.current?.lock();
      void forgetAfterLock(host);
    },
    [host],
  );

  useLockTriggers({ enabled: session !== null, autoLockMinutes: settings?.autoLockMinutes ?? 10, onLock: lock, onIdleWarning: setIdleMsLeft, host });

  const updateSettings = useCallback(async (patch: Partial<AppSettings>) => {
    const open = sessionRef.current;
    if (!open) return;
    await open.updateSettings(patch);
    setSettings(open.settings());
  }, []);

  // After a restore the store holds the archive's settings (auto-lock, language): show them.
  const reloadSettings = useCallback(() => {
    const open = sessionRef.current;
    if (!open) return;
    const current = open.settings();
    setSettings(current);
    setOuterLanguage(current.language);
  }, [setOuterLanguage]);

  // While unlocked, a language change is also saved in the store, which is the source of truth.
  const languageControl = useMemo(
    () => ({
      language: outerLanguage.language,
      setLanguage: (language: Language) => {
        setOuterLanguage(language);
        if (sessionRef.current) updateSettings({ language }).catch(setSettingsError);
        // Before unlock, the gate keeps it for the next start; failing that, localStorage has it.
        else gate.setLanguage(language).catch(() => undefined);
      },
    }),
    [outerLanguage.language, setOuterLanguage, updateSettings, gate],
  );

  const unlocked: Unlocked | null = useMemo(
    () => (session && settings ? { session, settings, updateSettings, reloadSettings, lock } : null),
    [session, settings, updateSettings, reloadSettings, lock],
  );

  let content;
  if (phase === 'unlocked' && unlocked) {
    content = (
      <UnlockedProvider value={unlocked}>
        {settingsError !== null && <ErrorAlert error={settingsError} onClose={() => setSettingsError(null)} />}
        <UnlockedApp />
        <IdleWarning msLeft={idleMsLeft} />
        <LostFormsNotice titles={lostForms} onClose={() => setLostForms([])} />
      </UnlockedProvider>
    );
  } else if (phase === 'opening' && opening) {
    content = <OpeningApp screen={opening.screen} onPainted={opening.painted} onLock={lockWhileOpening} />;
  } else if (phase === 'firstRun') {
    content = (
      <AppFrame onLock={session ? lock : undefined}>
        <FirstRun onCreated={adopt} onComplete={() => setPhase('unlocked')} />
      </AppFrame>
    );
  } else if (phase === 'locked') {
    content = (
      <AppFrame>
        <LockedScreen
          notice={wasLocked ? t('app.lockedNotice') : undefined}
          error={openingError}
          onUnlocked={unlockedFromForm}
          onFirstScreen={showFirstScreen}
          onFailed={failedAfterFirstScreen}
        />
      </AppFrame>
    );
  } else if (phase === 'failed') {
    content = (
      <AppFrame>
        <ErrorAlert error={startupError} />
        <Button variant="contained" onClick={check} sx={{ alignSelf: 'start' }}>
          {t('common.retry')}
        </Button>
      </AppFrame>
    );
  } else {
    content = (
      <AppFrame>
        <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }} role="status">
          <CircularProgress size={24} aria-hidden />
          <Typography>{t('app.loading')}</Typography>
        </Stack>
      </AppFrame>
    );
  }

  return <LanguageProvider value={languageControl}>{content}</LanguageProvider>;
}
