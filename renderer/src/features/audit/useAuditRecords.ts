// What an audit entry's entity id points to today. Entries name records by id only (never by name),
// so the screen looks each one up in the open vault: a request by its id, a letter or attachment by
// the request that holds it, a person by id. A record that no longer exists (restored over, say) is
// reported as such rather than linked.
import { useEffect, useMemo, useState } from 'react';
import type { AccessRequest } from '../../domain/accessRequest';
import type { AuditEntry } from '../../domain/audit';
import { displayName } from '../../domain/person';
import type { Session } from '../../store/contract';

export type AuditRecordTarget =
  /** A request, or the request a letter or attachment belongs to. */
  | { type: 'request'; id: string; reference: string }
  | { type: 'person'; name: string }
  | { type: 'register'; register: string }
  | { type: 'missing' }
  | null;

/** Re-reads the requests when they change; people are read on demand. */
export function useAuditRecords(session: Session): (entry: Pick<AuditEntry, 'entityKind' | 'entityId'>) => AuditRecordTarget {
  const repository = session.accessRequests;
  const [requests, setRequests] = useState<AccessRequest[]>(() => repository.list());
  useEffect(() => {
    const refresh = () => setRequests(repository.list());
    refresh();
    return repository.subscribe(refresh);
  }, [repository]);
  // A request by its own id and by the ids of its letters and attachments.
  const byId = useMemo(() => {
    const map = new Map<string, AccessRequest>();
    for (const request of requests) {
      map.set(request.id, request);
      for (const letter of request.letters) map.set(letter.id, request);
      for (const attachment of request.attachments) map.set(attachment.id, request);
    }
    return map;
  }, [requests]);
  const people = session.people;

  return useMemo(
    () =>
      ({ entityKind, entityId }) => {
        if (entityId === null) return null;
        switch (entityKind) {
          case 'accessRequest':
          case 'letter':
          case 'attachment': {
            const request = byId.get(entityId);
            return request ? { type: 'request', id: request.id, reference: request.reference } : { type: 'missing' };
          }
          case 'person': {
            const person = people.get(entityId);
            return person ? { type: 'person', name: displayName(person) } : { type: 'missing' };
          }
          case 'register':
            return { type: 'register', register: entityId };
          default:
            return null;
        }
      },
    [people, byId],
  );
}
