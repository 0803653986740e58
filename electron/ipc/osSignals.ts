// Screen lock and suspend must lock the vault: the officer walks away, the laptop closes.
import { powerMonitor, type WebContents } from 'electron';
import type { OsSignal } from '../../renderer/src/host/bridge.js';
import { IPC_CHANNELS } from './channels.js';

export function sendOsSignal(target: WebContents | null, signal: OsSignal): void {
  if (target !== null && !target.isDestroyed()) target.send(IPC_CHANNELS.osSignal, signal);
}

/** Forwards OS signals to whatever `target()` returns at the time; returns the unsubscribe. */
export function forwardOsSignals(target: () => WebContents | null): () => void {
  const onLock = (): void => sendOsSignal(target(), 'screen-locked');
  const onSuspend = (): void => sendOsSignal(target(), 'suspend');
  powerMonitor.on('lock-screen', onLock);
  powerMonitor.on('suspend', onSuspend);
  return () => {
    powerMonitor.off('lock-screen', onLock);
    powerMonitor.off('suspend', onSuspend);
  };
}
