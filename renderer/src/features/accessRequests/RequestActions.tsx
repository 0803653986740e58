// The next steps the law and the workflow allow now (allowedActions), and nothing else.
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isOpen, type AccessRequest } from '../../domain/accessRequest';
import { allowedActions, type AccessActionType } from '../../domain/accessWorkflow';
import { useUnlocked } from '../../app/unlocked';
import { ActionDialog } from './actions/ActionDialog';

const CLOSING: readonly AccessActionType[] = ['withdraw', 'abandon'];

export function RequestActions({ request, onDone }: { request: AccessRequest; onDone: (message: string) => void }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<AccessActionType | null>(null);
  const { session } = useUnlocked();
  // The person's kind decides whether a fee notice may be sent at all (BC PIPA s.32(1)).
  const actions = allowedActions(request, session.people.get(request.personId)?.kind);
  const main = actions.filter((a) => !CLOSING.includes(a));
  const closing = actions.filter((a) => CLOSING.includes(a));
  return (
    <>
      {actions.length === 0 ? (
        <Typography>{isOpen(request) ? t('accessRequests.noActionsOpen') : t('accessRequests.noActionsClosed')}</Typography>
      ) : (
        <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap' }}>
          {main.map((type) => (
            <Button key={type} variant={type === 'respond' ? 'contained' : 'outlined'} onClick={() => setOpen(type)}>
              {t(`accessRequests.actions.${type}.label`)}
            </Button>
          ))}
          {closing.map((type) => (
            <Button key={type} color="error" onClick={() => setOpen(type)}>
              {t(`accessRequests.actions.${type}.label`)}
            </Button>
          ))}
        </Stack>
      )}
      {/* Only Québec has no extension of the office's own; elsewhere "Extend" stays offered past the date, to record a notice sent in time. */}
      {request.regime === 'QC' && isOpen(request) && !request.caiExtension && (
        <Typography variant="body2" sx={{ mt: 1, color: 'text.secondary' }}>
          {t('accessRequests.extend.none')}
        </Typography>
      )}
      {open && (
        <ActionDialog
          request={request}
          type={open}
          onClose={() => setOpen(null)}
          onDone={(message) => {
            setOpen(null);
            onDone(message);
          }}
        />
      )}
    </>
  );
}
