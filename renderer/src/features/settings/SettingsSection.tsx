import type { ReactNode } from 'react';
import { PageSection } from '../../ui/PageSection';

/** One titled region of the Settings page. */
export function SettingsSection({ title, children }: { title: string; children: ReactNode }) {
  return (
    <PageSection title={title} narrow>
      {children}
    </PageSection>
  );
}
