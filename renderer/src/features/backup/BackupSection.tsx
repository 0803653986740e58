import type { ReactNode } from 'react';
import { PageSection } from '../../ui/PageSection';

/** One titled region of the Backup page. */
export function BackupSection({ title, intro, children }: { title: string; intro?: string; children: ReactNode }) {
  return (
    <PageSection title={title} intro={intro} narrow>
      {children}
    </PageSection>
  );
}
