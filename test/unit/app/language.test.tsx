// @vitest-environment jsdom
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { LANGUAGE_STORAGE_KEY } from '../../../renderer/src/app/language';
import { FakeVaultGate } from './fakes';
import { renderApp } from './render';

describe('language switch', () => {
  it('switches visible text and <html lang> to French, remembers it, and back', async () => {
    const user = userEvent.setup({ delay: null });
    const gate = FakeVaultGate.withVault();
    renderApp({ gate });
    expect(await screen.findByRole('heading', { level: 1, name: 'Unlock Custodian' })).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Français' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Déverrouiller Custodian' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Déverrouiller' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Utiliser la clé de récupération' })).toBeTruthy();
    expect(document.documentElement.lang).toBe('fr');
    expect(window.localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('fr');
    await waitFor(() => expect(gate.unlockLanguage).toBe('fr'));
    expect(document.title).toBe('Déverrouiller Custodian — Custodian');

    await user.click(screen.getByRole('button', { name: 'English' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Unlock Custodian' })).toBeTruthy();
    expect(document.documentElement.lang).toBe('en');
  }, 120_000);
});
