import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { displayName } from '../../domain/person';
import type { PeopleRepository } from '../../store/contract';

/** A request's person by name; archived people still have one. */
export function usePersonName(people: PeopleRepository): (personId: string) => string {
  const { t } = useTranslation();
  return useCallback(
    (personId: string) => {
      const person = people.get(personId);
      return person ? displayName(person) : t('accessRequests.unknownPerson');
    },
    [people, t],
  );
}
