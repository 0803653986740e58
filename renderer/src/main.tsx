// The composition root: the only place that picks the real vault and the real platform adapter.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { createHost } from './host';
import { openVaultGate } from './store';

const root = document.getElementById('root');
if (!root) throw new Error('Custodian: #root element missing from index.html');

const gate = openVaultGate();
const host = createHost();

createRoot(root).render(
  <StrictMode>
    <App gate={gate} host={host} />
  </StrictMode>,
);
