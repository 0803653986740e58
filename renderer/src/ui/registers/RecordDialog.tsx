// Add or edit one record of a register: a form dialog checked by the definition's own schema
// (fields('entered')) before anything reaches the store. A refusal thrown by onSubmit lands the app's
// way: a ValidationError's fields and a RuleViolation's `field` at the field they name, with an
// alert saying only that nothing was saved (SHOWN_AT_FIELD); anything else in the alert. The dialog
// stays open with every value as typed, so nothing the officer entered is lost.
import { zodResolver } from '@hookform/resolvers/zod';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { useForm, type DefaultValues, type FieldValues, type Resolver, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { ErrorAlert } from '../ErrorAlert';
import { SHOWN_AT_FIELD } from '../errorMessage';
import { applyStoreErrors } from '../forms/applyStoreErrors';

export interface RecordDialogProps<T extends FieldValues> {
  open: boolean;
  title: string;
  submitLabel: string;
  /** The definition's fields('entered'). */
  schema: z.ZodType<T>;
  defaultValues: DefaultValues<T>;
  onSubmit(values: T): Promise<void>;
  onClose(): void;
  children(form: UseFormReturn<T>): ReactNode;
}

/**
 * The form field a store path names: itself; inside a group of fields (`basis.groundId`, `recipient.name`)
 * the nested field, which shows its own error; or the list it lies in ("categories.2" is the categories
 * field). Undefined when the form has no such field (the refusal then shows in the alert).
 */
export function formFieldOf(path: string, fieldNames: readonly string[], groups: readonly string[] = []): string | undefined {
  if (fieldNames.includes(path)) return path;
  const top = path.split('.')[0] ?? '';
  if (groups.includes(top)) return path;
  return fieldNames.includes(top) ? top : undefined;
}

/** The fields of defaultValues that are groups of fields (plain objects, not lists). */
function groupsOf(values: object | undefined): string[] {
  return Object.entries(values ?? {}).flatMap(([name, value]) => (value !== null && typeof value === 'object' && !Array.isArray(value) && !(value instanceof Uint8Array) ? [name] : []));
}

export function RecordDialog<T extends FieldValues>({ open, title, submitLabel, schema, defaultValues, onSubmit, onClose, children }: RecordDialogProps<T>) {
  const { t } = useTranslation();
  const titleId = useId();
  const formId = useId();
  const [error, setError] = useState<unknown>(null);
  const form = useForm<T>({
    // zodResolver types the schema's input separately; the definition's input and output are the same T here.
    resolver: zodResolver(schema as z.ZodType<T, T>) as Resolver<T>,
    defaultValues,
    mode: 'onTouched',
  });
  const fieldNames = Object.keys(defaultValues ?? {});
  const groups = groupsOf(defaultValues);
  // Kept mounted and opened again (for another record, or after a cancel): start from the new
  // defaults, not from what was typed last time. Never while open, so a refusal loses nothing.
  const wasOpen = useRef(open);
  useEffect(() => {
    if (open && !wasOpen.current) {
      form.reset(defaultValues);
      setError(null);
    }
    wasOpen.current = open;
  }, [open, defaultValues, form]);

  const submit = form.handleSubmit(async (values) => {
    setError(null);
    try {
      await onSubmit(values);
    } catch (e) {
      setError(applyStoreErrors(e, (path) => formFieldOf(path, fieldNames, groups), form.setError, t) ? SHOWN_AT_FIELD : e);
    }
  });

  const busy = form.formState.isSubmitting;
  return (
    <Dialog open={open} onClose={busy ? undefined : onClose} aria-labelledby={titleId} fullWidth maxWidth="sm">
      <DialogTitle id={titleId}>{title}</DialogTitle>
      <DialogContent dividers>
        {/* React sends a portal's events up the component tree: opened from another form, this
            submit would also submit that one. */}
        <form
          id={formId}
          noValidate
          autoComplete="off"
          onSubmit={(event) => {
            event.stopPropagation();
            void submit(event);
          }}
        >
          {children(form)}
        </form>
        <ErrorAlert error={error} onClose={() => setError(null)} />
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} disabled={busy}>
          {t('common.cancel')}
        </Button>
        <Button type="submit" form={formId} variant="contained" disabled={busy}>
          {busy ? t('common.saving') : submitLabel}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
