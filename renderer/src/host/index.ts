// The one place in the renderer that asks which platform it runs on.
import { createBrowserHost } from './browserHost';
import { createElectronHost } from './electronHost';
import type { Host } from './host';

export type { Host } from './host';
export { HostError } from './host';

export function createHost(win: Window = window): Host {
  return win.custodian ? createElectronHost(win.custodian) : createBrowserHost();
}
