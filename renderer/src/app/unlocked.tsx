// What the unlocked screens share: the open session, its settings, and the way to lock. The context
// exists only inside the unlocked tree, so locking (unmounting that tree) drops every reference.
import { createContext, useContext, type ReactNode } from 'react';
import type { AppSettings, Session } from '../store/contract';

export interface Unlocked {
  session: Session;
  settings: AppSettings;
  updateSettings(patch: Partial<AppSettings>): Promise<void>;
  /** Re-reads the settings from the session (after a restore replaced them). */
  reloadSettings(): void;
  lock(): void;
}

const UnlockedContext = createContext<Unlocked | null>(null);

export function UnlockedProvider({ value, children }: { value: Unlocked; children: ReactNode }) {
  return <UnlockedContext.Provider value={value}>{children}</UnlockedContext.Provider>;
}

export function useUnlocked(): Unlocked {
  const unlocked = useContext(UnlockedContext);
  if (!unlocked) throw new Error('useUnlocked outside the unlocked tree');
  return unlocked;
}
