// Access requests in the state each letter goes with, built through the real workflow (applyAction),
// so a fixture is always a record the app could hold. Fake people and offices only.
import { formatReference, type AccessRequest, type LetterKind, type LetterLanguage } from '../../../renderer/src/domain/accessRequest';
import { applyAction, type AccessAction } from '../../../renderer/src/domain/accessWorkflow';
import { extensionDeadline, extensionRule, responseDeadline } from '../../../renderer/src/domain/deadlines';
import type { AccessLetterInput } from '../../../renderer/src/domain/letters/accessLetterContent';
import type { OrganisationProfile, PrivacyOfficer } from '../../../renderer/src/domain/organisation';
import type { Person } from '../../../renderer/src/domain/person';
import { REFUSAL_GROUNDS } from '../../../renderer/src/domain/refusalGrounds';
import type { Regime } from '../../../renderer/src/domain/regime';
import { deflateSync } from 'node:zlib';

export const RECEIVED = '2026-11-02';
export const ISSUED = '2026-11-05';

export const PERSON: Person = {
  id: 'person-1',
  kind: 'client',
  givenName: 'Avery',
  familyName: 'Testperson',
  email: 'avery.testperson@example.org',
  address: '1200 Example Road, Unit 4\nVictoria BC  V8V 0A0',
  createdAt: '2026-01-10T17:00:00.000Z',
  updatedAt: '2026-01-10T17:00:00.000Z',
};

export const ORGANISATION: OrganisationProfile = {
  legalName: 'Harbour Counselling Services Ltd.',
  address: '500 Sample Street, Suite 210\nVictoria BC  V8W 0B0',
  phone: '250-555-0142',
  email: 'privacy@harbour.example',
  defaultRegime: 'BC_PIPA',
};

export const OFFICER: PrivacyOfficer = { name: 'Jordan Exampleton', title: 'Privacy Officer' };

export const EXTENSION_REASONS = 'Your file includes archived records stored off site that we must retrieve and review page by page.';

export function receivedRequest(regime: Regime, language: LetterLanguage = 'en', sequence = 42): AccessRequest {
  return {
    id: `req-${sequence}`,
    reference: formatReference(2026, sequence),
    personId: PERSON.id,
    regime,
    receivedOn: RECEIVED,
    channel: 'mail',
    inWriting: true,
    informationSought: 'All counselling notes, intake forms and billing records about me since 2023.',
    language,
    status: 'received',
    dueOn: responseDeadline(RECEIVED, regime).due,
    decision: [],
    events: [],
    letters: [],
    attachments: [],
    createdAt: '2026-11-02T17:00:00.000Z',
    updatedAt: '2026-11-02T17:00:00.000Z',
  };
}

function act(request: AccessRequest, action: AccessAction): AccessRequest {
  return applyAction(request, action, { today: ISSUED, at: `${ISSUED}T18:00:00.000Z` });
}

/** Withheld items using the regime's own standard grounds, cycling through them. */
export function withheldItems(regime: Regime, count: number, language: LetterLanguage = 'en') {
  const grounds = REFUSAL_GROUNDS[regime];
  return Array.from({ length: count }, (_, i) => {
    const ground = grounds[i % grounds.length]!;
    const date = `${2024 + (i % 2)}-0${1 + (i % 9)}-1${i % 10}`;
    const description = language === 'fr' ? `Note de séance no ${i + 1} du ${date}` : `Session note no. ${i + 1} of ${date}`;
    return { description, outcome: 'withheld' as const, ground: ground.label[language], provision: ground.provision };
  });
}

const DISCLOSED = [
  { description: 'Intake form of March 2023', outcome: 'disclosed' as const },
  { description: 'Billing statements 2023–2026', outcome: 'disclosed' as const },
];

/** The request as it stands after the action `kind` goes with. */
export function requestFor(kind: LetterKind, regime: Regime, options: { withheld?: number; partial?: boolean; language?: LetterLanguage; sequence?: number } = {}): AccessRequest {
  const received = receivedRequest(regime, options.language, options.sequence);
  const acknowledged = act(received, { type: 'acknowledge', on: '2026-11-03' });
  switch (kind) {
    case 'acknowledgement':
      return acknowledged;
    case 'feeEstimate':
      return act(acknowledged, feeEstimateAction(regime));
    case 'extensionNotice': {
      const rule = extensionRule(regime);
      if (!rule) {
        // Québec: only the Commission extends the time (s.46); the notice follows its granted decision.
        const applied = act(acknowledged, { type: 'applyToCai', on: '2026-11-03', reasons: EXTENSION_REASONS });
        return act(applied, { type: 'recordCaiDecision', on: ISSUED, granted: true, newDue: '2026-12-22' });
      }
      const ground = rule.grounds[0]!.ground;
      const newDue = rule.grounds[0]!.maxDays === null ? '2026-12-22' : extensionDeadline(RECEIVED, regime, ground).due;
      return act(acknowledged, { type: 'extend', on: ISSUED, ground, reasons: EXTENSION_REASONS, newDue });
    }
    case 'response':
      return act(acknowledged, { type: 'respond', on: ISSUED, items: DISCLOSED, ...SUMMARY });
    case 'refusal': {
      const withheld = withheldItems(regime, options.withheld ?? 2, options.language);
      const items = options.partial === false ? withheld : [...DISCLOSED, ...withheld];
      return act(acknowledged, { type: 'respond', on: ISSUED, items, ...SUMMARY, alternative: 'We can give you a summary of the withheld session notes, prepared by your counsellor.' });
    }
  }
}

/** A fee notice each Act allows: a deposit only in BC (s.32(3)(b)); in Québec only the s.33 bases. */
export function feeEstimateAction(regime: Regime): AccessAction {
  const base = { type: 'sendFeeEstimate', on: ISSUED, estimateCents: 4_550 } as const;
  if (regime === 'QC') return { ...base, basis: '', bases: ['reproduction', 'transmission'] };
  const basis = 'Photocopying 180 pages at $0.25 a page, and registered mail';
  return regime === 'BC_PIPA' ? { ...base, basis, depositCents: 1_500 } : { ...base, basis };
}

const SUMMARY = {
  uses: 'Your information is used to provide counselling services to you, to schedule appointments and to bill you.',
  disclosedTo: 'Your extended health insurer (Example Benefits Inc.), for billing, in 2024 and 2025.',
  enclosed: 'Copies of your intake form and billing statements (14 pages).',
};

export function letterInput(kind: LetterKind, regime: Regime, language: LetterLanguage, extra: Partial<AccessLetterInput> = {}): AccessLetterInput {
  return {
    kind,
    language,
    issuedOn: ISSUED,
    request: requestFor(kind, regime, { language }),
    person: PERSON,
    organisation: ORGANISATION,
    officer: OFFICER,
    ...extra,
  };
}

/**
 * A small PNG "signature": a dark wavy stroke on white (RGB), or on a transparent background (RGBA,
 * `alpha`), made here so no binary file is checked in. `seed` shifts the stroke: another signature.
 */
export function signaturePng(width = 240, height = 70, { alpha = false, seed = 0 } = {}): Uint8Array<ArrayBuffer> {
  const channels = alpha ? 4 : 3;
  const row = width * channels + 1;
  const raw = new Uint8Array(row * height).fill(alpha ? 0 : 255);
  for (let y = 0; y < height; y += 1) raw[y * row] = 0; // filter byte: none
  for (let x = 10; x < width - 10; x += 1) {
    const cy = Math.round(height / 2 + Math.sin((x + seed) / 9) * (height / 4) * Math.cos(x / 37));
    for (let dy = -1; dy <= 1; dy += 1) {
      const offset = (cy + dy) * row + 1 + x * channels;
      raw[offset] = 20;
      raw[offset + 1] = 30;
      raw[offset + 2] = 90;
      if (alpha) raw[offset + 3] = dy === 0 ? 255 : 160;
    }
  }
  const chunk = (type: string, data: Uint8Array) => {
    const out = new Uint8Array(12 + data.length);
    const view = new DataView(out.buffer);
    view.setUint32(0, data.length);
    out.set(new TextEncoder().encode(type), 4);
    out.set(data, 8);
    view.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)));
    return out;
  };
  const header = new Uint8Array(13);
  const hv = new DataView(header.buffer);
  hv.setUint32(0, width);
  hv.setUint32(4, height);
  header.set([8, alpha ? 6 : 2, 0, 0, 0], 8); // 8-bit RGB or RGBA
  const parts = [new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', deflateSync(raw)), chunk('IEND', new Uint8Array())];
  const png = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) {
    png.set(part, at);
    at += part.length;
  }
  return png;
}

function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of bytes) {
    crc ^= byte;
    for (let k = 0; k < 8; k += 1) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
  }
  return (crc ^ 0xffffffff) >>> 0;
}
