// @vitest-environment jsdom
// The generic record dialog: the schema refuses bad input before onSubmit runs; a refusal thrown by
// onSubmit shows at the field it names (ValidationError, RuleViolation) with a short alert, or in the
// alert when it names no field; the dialog stays open with every value as typed. The field helpers
// (SelectField, CheckboxGroupField) bind to the form and show their errors the app's way.
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { RuleViolation } from '../../../renderer/src/domain/ruleViolation';
import en from '../../../renderer/src/i18n/en.json';
import { ValidationError } from '../../../renderer/src/store/errors';
import { CheckboxGroupField } from '../../../renderer/src/ui/forms/CheckboxGroupField';
import { FormTextField } from '../../../renderer/src/ui/forms/FormTextField';
import { SelectField } from '../../../renderer/src/ui/forms/SelectField';
import { formFieldOf, RecordDialog } from '../../../renderer/src/ui/registers/RecordDialog';
import { renderKit } from './harness';

const schema = z.object({
  name: z.string().min(1, 'validation.required'),
  authority: z.enum(['consent', 'withoutConsent']),
  provision: z.string(),
  categories: z.array(z.enum(['contact', 'health', 'financial'])).min(1, 'validation.purposeCategories'),
});
type Values = z.infer<typeof schema>;
const DEFAULTS: Values = { name: '', authority: 'consent', provision: '', categories: [] };

function renderDialog(onSubmit: (values: Values) => Promise<void>, onClose = vi.fn()) {
  renderKit(
    <RecordDialog<Values> open title="New purpose" submitLabel="Add purpose" schema={schema} defaultValues={DEFAULTS} onSubmit={onSubmit} onClose={onClose}>
      {(form) => (
        <>
          <FormTextField control={form.control} name="name" label="Name" required />
          <SelectField
            control={form.control}
            name="authority"
            label="Authority"
            options={[
              { value: 'consent', label: 'Consent' },
              { value: 'withoutConsent', label: 'Without consent' },
            ]}
          />
          <FormTextField control={form.control} name="provision" label="Provision" />
          <CheckboxGroupField
            control={form.control}
            name="categories"
            label="Categories"
            options={[
              { value: 'contact', label: 'Contact' },
              { value: 'health', label: 'Health' },
              { value: 'financial', label: 'Financial' },
            ]}
          />
        </>
      )}
    </RecordDialog>,
  );
  return { dialog: screen.getByRole('dialog', { name: 'New purpose' }), onClose };
}

async function fillIn(user: ReturnType<typeof userEvent.setup>, dialog: HTMLElement) {
  await user.type(within(dialog).getByRole('textbox', { name: /Name/ }), 'Payroll');
  await user.selectOptions(within(dialog).getByRole('combobox', { name: 'Authority' }), 'withoutConsent');
  // Ticked out of order: the value keeps the options' order.
  await user.click(within(dialog).getByRole('checkbox', { name: 'Financial' }));
  await user.click(within(dialog).getByRole('checkbox', { name: 'Contact' }));
}

describe('RecordDialog', () => {
  it('checks the schema first: nothing reaches onSubmit, and the errors show at the fields', async () => {
    const user = userEvent.setup({ delay: null });
    const onSubmit = vi.fn(async () => {});
    const { dialog } = renderDialog(onSubmit);
    await user.click(within(dialog).getByRole('button', { name: 'Add purpose' }));
    const name = within(dialog).getByRole('textbox', { name: /Name/ });
    expect(name.getAttribute('aria-invalid')).toBe('true');
    expect(dialog.textContent).toContain(en.validation.required);
    expect(within(dialog).getByRole('group', { name: 'Categories' }).textContent).toContain(en.validation.purposeCategories);
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('submits the checked values, the chosen categories in the options’ order', async () => {
    const user = userEvent.setup({ delay: null });
    const onSubmit = vi.fn(async () => {});
    const { dialog } = renderDialog(onSubmit);
    await fillIn(user, dialog);
    await user.click(within(dialog).getByRole('button', { name: 'Add purpose' }));
    expect(onSubmit).toHaveBeenCalledWith({ name: 'Payroll', authority: 'withoutConsent', provision: '', categories: ['contact', 'financial'] });
  });

  it('shows a ValidationError at its field (a nested path at its field) and stays open with the values kept', async () => {
    const user = userEvent.setup({ delay: null });
    const onClose = vi.fn();
    const onSubmit = vi.fn(async () => {
      throw new ValidationError({ name: 'validation.tooLong', 'categories.1': 'validation.invalid' });
    });
    const { dialog } = renderDialog(onSubmit, onClose);
    await fillIn(user, dialog);
    await user.click(within(dialog).getByRole('button', { name: 'Add purpose' }));
    await within(dialog).findByText(en.validation.tooLong);
    const name = within(dialog).getByRole('textbox', { name: /Name/ }) as HTMLInputElement;
    expect(name.getAttribute('aria-invalid')).toBe('true');
    expect(name.value).toBe('Payroll');
    expect(within(dialog).getByRole('group', { name: 'Categories' }).textContent).toContain(en.validation.invalid);
    expect(within(dialog).getByRole('alert').textContent).toBe(en.errors.shownAtField);
    expect((within(dialog).getByRole('combobox', { name: 'Authority' }) as HTMLSelectElement).value).toBe('withoutConsent');
    expect((within(dialog).getByRole('checkbox', { name: 'Financial' }) as HTMLInputElement).checked).toBe(true);
    expect(onClose).not.toHaveBeenCalled();
    expect(screen.getByRole('dialog', { name: 'New purpose' })).toBe(dialog);
  });

  it('shows a RuleViolation at the field it names, translated, and stays open', async () => {
    const user = userEvent.setup({ delay: null });
    const onClose = vi.fn();
    const onSubmit = vi.fn(async () => {
      throw new RuleViolation('purposeProvisionRequired', 'A purpose without consent must name its provision.', {}, 'provision');
    });
    const { dialog } = renderDialog(onSubmit, onClose);
    await fillIn(user, dialog);
    await user.click(within(dialog).getByRole('button', { name: 'Add purpose' }));
    const message = en.rules.purposeProvisionRequired;
    await within(dialog).findByText(message);
    const provision = within(dialog).getByRole('textbox', { name: 'Provision' });
    expect(provision.getAttribute('aria-invalid')).toBe('true');
    // The sentence is said once, at the field; the alert only says nothing was saved.
    expect(within(dialog).getByRole('alert').textContent).toBe(en.errors.shownAtField);
    expect(onClose).not.toHaveBeenCalled();
  });

  it('shows a refusal that names no field of the form in the alert, and stays open', async () => {
    const user = userEvent.setup({ delay: null });
    const onClose = vi.fn();
    const onSubmit = vi.fn(async () => {
      throw new RuleViolation('purposeProvisionRequired', 'Not about a field of this form.', {}, 'somethingElse');
    });
    const { dialog } = renderDialog(onSubmit, onClose);
    await fillIn(user, dialog);
    await user.click(within(dialog).getByRole('button', { name: 'Add purpose' }));
    const alert = await within(dialog).findByRole('alert');
    expect(alert.textContent).toContain(en.rules.purposeProvisionRequired);
    expect(alert.textContent).toContain(en.rules.nothingSaved);
    expect((within(dialog).getByRole('textbox', { name: /Name/ }) as HTMLInputElement).value).toBe('Payroll');
    expect(onClose).not.toHaveBeenCalled();
  });

  it('maps a store path to the form field it lies in', () => {
    expect(formFieldOf('categories.2', ['name', 'categories'])).toBe('categories');
    expect(formFieldOf('name', ['name'])).toBe('name');
    expect(formFieldOf('reference', ['name'])).toBeUndefined();
  });
});

describe('formFieldOf', () => {
  it('sends a refusal inside a group of fields to the nested field, a list item to its list, and anything else to the alert', () => {
    expect(formFieldOf('basis.groundId', ['basis', 'name'], ['basis'])).toBe('basis.groundId');
    expect(formFieldOf('categories.2', ['categories'], [])).toBe('categories');
    expect(formFieldOf('name', ['name'], [])).toBe('name');
    expect(formFieldOf('elsewhere', ['name'], [])).toBeUndefined();
  });
});
