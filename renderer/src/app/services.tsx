// The platform and the vault reach the screens by injection, so tests render the real screens with
// fakes and main.tsx is the only place that picks the real implementations.
import { createContext, useContext, type ReactNode } from 'react';
import type { Host } from '../host/host';
import type { VaultGate } from '../store/contract';

export interface Services {
  gate: VaultGate;
  host: Host;
}

const ServicesContext = createContext<Services | null>(null);

export function ServicesProvider({ services, children }: { services: Services; children: ReactNode }) {
  return <ServicesContext.Provider value={services}>{children}</ServicesContext.Provider>;
}

export function useServices(): Services {
  const services = useContext(ServicesContext);
  if (!services) throw new Error('useServices outside ServicesProvider');
  return services;
}
