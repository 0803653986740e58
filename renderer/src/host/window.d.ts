// The preload exposes the bridge as window.custodian in Electron; it is absent in a browser.
// Only host/index.ts reads it.
import type { CustodianBridge } from './bridge';

declare global {
  interface Window {
    custodian?: CustodianBridge;
  }
}
