// Access requests as the screens read them: re-read whenever the repository reports a change.
import { useEffect, useState } from 'react';
import type { AccessRequest } from '../../domain/accessRequest';
import type { AccessRequestRepository } from '../../store/contract';

export function useAccessRequestList(repository: AccessRequestRepository): AccessRequest[] {
  const [requests, setRequests] = useState<AccessRequest[]>(() => repository.list());
  useEffect(() => {
    const refresh = () => setRequests(repository.list());
    refresh();
    return repository.subscribe(refresh);
  }, [repository]);
  return requests;
}

export function useAccessRequest(repository: AccessRequestRepository, id: string): AccessRequest | undefined {
  const [request, setRequest] = useState<AccessRequest | undefined>(() => repository.get(id));
  useEffect(() => {
    const refresh = () => setRequest(repository.get(id));
    refresh();
    return repository.subscribe(refresh);
  }, [repository, id]);
  return request;
}
