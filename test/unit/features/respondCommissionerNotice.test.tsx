// @vitest-environment jsdom
// The respond dialog's decision items: a PIPEDA ground that obliges the officer to notify the
// Commissioner in writing (s.9(5) for s.9(3)(c.1); s.9(2.4)(b) for s.9(2.4)) raises a warning,
// whether the ground was picked from the list or its provision typed.
import { ThemeProvider } from '@mui/material/styles';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { FormProvider, useForm } from 'react-hook-form';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { theme } from '../../../renderer/src/app/theme';
import { RespondFields } from '../../../renderer/src/features/accessRequests/actions/RespondFields';
import { actionDefaults, type ActionValues } from '../../../renderer/src/features/accessRequests/actions/actionForm';
import { createI18n, type Language } from '../../../renderer/src/i18n';
import { receivedRequest } from '../letters/accessLetterFixtures';
import '../app/render';

function renderRespond(language: Language = 'en') {
  const request = receivedRequest('PIPEDA', language);
  const i18n = createI18n(language);
  function Harness() {
    const form = useForm<ActionValues>({ defaultValues: { ...actionDefaults(request, '2026-11-05'), items: [{ description: 'Investigation file', outcome: 'withheld', ground: '', provision: '' }] } });
    return (
      <I18nextProvider i18n={i18n}>
        <ThemeProvider theme={theme}>
          <FormProvider {...form}>
            <RespondFields request={request} />
          </FormProvider>
        </ThemeProvider>
      </I18nextProvider>
    );
  }
  return render(<Harness />);
}

describe('respond: notices to the Privacy Commissioner (PIPEDA)', () => {
  it('PIPEDA: picking s.9(3)(c.1) warns that the Commissioner must be notified in writing (s.9(5))', async () => {
    const user = userEvent.setup({ delay: null });
    renderRespond();
    expect(screen.queryByRole('alert')).toBeNull();
    await user.selectOptions(screen.getByLabelText('Standard ground for item 1'), 'PIPEDA:9(3)(c.1)');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('notify the Commissioner of this refusal in writing (s.9(5))');
  }, 60_000);

  it('PIPEDA: a typed s.9(2.4) warns to notify without delay and not to tell the person an institution objected', async () => {
    const user = userEvent.setup({ delay: null });
    renderRespond();
    await user.type(screen.getByLabelText(/^Provision relied on/), 's. 9(2.4)');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('without delay (s.9(2.4)(b))');
    expect(alert.textContent).toContain('Do not tell the person that a government institution was notified or objected (s.9(2.4)(c))');
    await user.clear(screen.getByLabelText(/^Provision relied on/));
    await user.type(screen.getByLabelText(/^Provision relied on/), 's.9(3)(a)');
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
  }, 60_000);

  it('PIPEDA: the warning is in French for a French-speaking officer', async () => {
    const user = userEvent.setup({ delay: null });
    renderRespond('fr');
    await user.selectOptions(screen.getByLabelText('Motif type pour l’élément 1'), 'PIPEDA:9(3)(c.1)');
    expect((await screen.findByRole('alert')).textContent).toContain('aviser le commissaire de ce refus par écrit (s.9(5))');
  }, 60_000);
});
