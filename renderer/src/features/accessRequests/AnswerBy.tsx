// The office's policy promise beside the statutory deadline, and the date to answer by, with which of
// the two governs. The statutory date alone decides a deemed refusal; this only tells the officer
// when the policy asks for more than the Act.
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { useUnlocked } from '../../app/unlocked';
import { isExtended, type AccessRequest } from '../../domain/accessRequest';
import { DEFAULT_POLICY_PROMISE, type PolicyPromise } from '../../domain/policyPromise';
import { useFormat } from '../../ui/format';
import { answerByFor } from './worklist';

export function usePolicyPromise(): PolicyPromise {
  return useUnlocked().settings.policyPromise ?? DEFAULT_POLICY_PROMISE;
}

/** "30 business days", "20 calendar days". */
export function usePromiseText(): string {
  const { t } = useTranslation();
  const promise = usePolicyPromise();
  return t(`accessRequests.policy.promise.${promise.unit}`, { count: promise.days });
}

/** On the request page, under the statutory due line: the policy's date, then "Answer by … — the … governs". */
export function AnswerByLine({ request }: { request: AccessRequest }) {
  const { t } = useTranslation();
  const format = useFormat();
  const promiseText = usePromiseText();
  const answer = answerByFor(request, usePolicyPromise());
  if (!answer) return null;
  return (
    <Box data-testid="answer-by" sx={{ mb: 2 }}>
      <Typography>
        {t('accessRequests.policy.policyLine', { date: format.date(answer.policyDue, 'long'), promise: promiseText })}
        {isExtended(request) && ` ${t('accessRequests.policy.extendedMet')}`}
      </Typography>
      <Typography sx={{ fontWeight: 600 }}>
        {t('accessRequests.policy.answerBy', { date: format.date(answer.date, 'long'), governs: t(`accessRequests.policy.governs.${answer.governs}`) })}
      </Typography>
    </Box>
  );
}

/** In the worklist: the date to answer by, and underneath which governs; empty once closed. */
export function AnswerByCell({ request, promise }: { request: AccessRequest; promise: PolicyPromise }) {
  const { t } = useTranslation();
  const format = useFormat();
  const answer = answerByFor(request, promise);
  if (!answer) return null;
  return (
    <>
      {format.date(answer.date)}
      <Box component="span" sx={{ display: 'block', fontSize: '0.8125rem', color: 'text.secondary' }}>
        {t(`accessRequests.policy.governs.${answer.governs}`)}
      </Box>
    </>
  );
}
