// The values each workflow action's dialog collects, their first checks, and how they become an
// AccessAction. The law's own conditions (dates against receipt and the deadline, extension limits,
// grounds for refusal) are checked by applyAction itself — the dialog runs it before anything is
// issued, and the store runs it again.
import { z } from 'zod';
import { decisionItemSchema, DECISION_OUTCOMES, type AccessRequest } from '../../../domain/accessRequest';
import { extensionLimit, type AccessAction, type AccessActionType } from '../../../domain/accessWorkflow';
import { extensionRule, type ExtensionGround } from '../../../domain/deadlines';
import { FEE_BASES, type FeeBasis } from '../../../domain/fees';
import { CLOCK_STOP_KINDS } from '../../../domain/clockStops';
import { isIsoDate, type IsoDate } from '../../../domain/isoDate';
import { LIMITS } from '../../../domain/limits';
import { boundedText } from '../../../domain/plainText';
import { parseDollars } from '../../../ui/format';

export interface DecisionItemValues {
  description: string;
  outcome: (typeof DECISION_OUTCOMES)[number];
  ground: string;
  provision: string;
}

export interface ActionValues {
  on: string;
  estimate: string;
  deposit: string;
  basis: string;
  /** Québec s.33: the only things a fee may be for (the form shows these instead of `basis`). */
  bases: FeeBasis[];
  direction: 'proceed' | 'withdraw';
  ground: string;
  newDue: string;
  reasons: string;
  commissionerPermission: string;
  items: DecisionItemValues[];
  uses: string;
  disclosedTo: string;
  enclosed: string;
  alternative: string;
  /** BC PIPA s.29(2)–(3): why the clock stops, and the commissioner's decision date if already known. */
  stopKind: string;
  endOn: string;
  /** Québec s.46: the Commission's answer to the application. */
  caiDecision: 'granted' | 'refused';
  note: string;
}

export const EMPTY_ITEM: DecisionItemValues = { description: '', outcome: 'disclosed', ground: '', provision: '' };

/** The extension date the Act allows on `ground` without permission, or '' where it sets none. */
export function maxExtensionDate(request: AccessRequest, ground: string): IsoDate {
  try {
    // Moved on by any BC clock stop already recorded (s.29(2)–(3)).
    const limit = extensionLimit(request, ground as ExtensionGround);
    return limit.maxDays === null ? '' : limit.due;
  } catch {
    return '';
  }
}

export function actionDefaults(request: AccessRequest, today: IsoDate): ActionValues {
  const ground = extensionRule(request.regime)?.grounds[0]?.ground ?? '';
  return {
    on: today,
    estimate: '',
    deposit: '',
    basis: '',
    bases: [],
    direction: 'proceed',
    ground,
    newDue: ground ? maxExtensionDate(request, ground) : '',
    reasons: '',
    commissionerPermission: '',
    items: [{ ...EMPTY_ITEM }],
    uses: '',
    disclosedTo: '',
    enclosed: '',
    alternative: '',
    stopKind: 'disregardApplication',
    endOn: '',
    caiDecision: 'granted',
    note: '',
  };
}

// The same limits and characters the store and the archive hold these texts to (domain/limits.ts).
const required = (max: number) => boundedText(max, { check: 'entered', multiline: true }, true);
const optional = (max: number) => boundedText(max, { check: 'entered', multiline: true });

function actOn(today: () => IsoDate) {
  return z
    .string()
    .refine(isIsoDate, 'validation.date')
    .refine((d) => !isIsoDate(d) || d <= today(), 'validation.futureDate');
}

function dollars(requiredAmount: boolean) {
  return z.string().transform((text, ctx) => {
    if (!text.trim()) {
      if (requiredAmount) ctx.addIssue({ code: 'custom', message: 'validation.amount' });
      return undefined;
    }
    const cents = parseDollars(text);
    if (cents === null || (requiredAmount && cents <= 0)) {
      ctx.addIssue({ code: 'custom', message: 'validation.amount' });
      return z.NEVER;
    }
    return cents;
  });
}

/** The schema for one action; `today` is read when the form is checked, so a dialog left open past midnight still refuses a future date. */
export function actionSchema(type: AccessActionType, today: () => IsoDate): z.ZodType<AccessAction, ActionValues> {
  const on = actOn(today);
  const schemas = {
    acknowledge: z.object({ on }).transform((v): AccessAction => ({ type: 'acknowledge', on: v.on })),
    // Which of basis and bases the Act needs, and whether it has a deposit, is applyAction's check (fees.ts).
    sendFeeEstimate: z.object({ on, estimate: dollars(true), deposit: dollars(false), basis: optional(LIMITS.feeBasis), bases: z.array(z.enum(FEE_BASES)) }).transform(
      (v): AccessAction => ({
        type: 'sendFeeEstimate',
        on: v.on,
        estimateCents: v.estimate ?? 0,
        basis: v.basis,
        ...(v.bases.length ? { bases: v.bases } : {}),
        ...(v.deposit ? { depositCents: v.deposit } : {}),
      }),
    ),
    recordFeeDirection: z.object({ on, direction: z.enum(['proceed', 'withdraw']) }).transform((v): AccessAction => ({ type: 'recordFeeDirection', on: v.on, direction: v.direction })),
    recordFeePaid: z.object({ on }).transform((v): AccessAction => ({ type: 'recordFeePaid', on: v.on })),
    extend: z
      .object({
        on,
        ground: z.string().min(1, 'validation.required'),
        newDue: z.string().refine(isIsoDate, 'validation.date'),
        reasons: required(LIMITS.extensionReasons),
        commissionerPermission: optional(LIMITS.commissionerPermission),
      })
      .transform(
        (v): AccessAction => ({
          type: 'extend',
          on: v.on,
          ground: v.ground as ExtensionGround,
          newDue: v.newDue,
          reasons: v.reasons,
          ...(v.commissionerPermission ? { commissionerPermission: v.commissionerPermission } : {}),
        }),
      ),
    respond: z
      .object({
        on,
        items: z.array(decisionItemSchema).min(1, 'validation.decisionRequired'),
        uses: optional(LIMITS.responseText),
        disclosedTo: optional(LIMITS.responseText),
        enclosed: optional(LIMITS.responseText),
        alternative: optional(LIMITS.responseText),
      })
      .superRefine((v, ctx) => {
        // PIPEDA Principle 4.9, BC PIPA s.23(1)(b)–(c), Alberta PIPA s.24(1)(b)–(c): with the
        // information, the person is told how it was used and to whom it was disclosed.
        if (!v.items.some((i) => i.outcome === 'disclosed')) return;
        if (!v.uses) ctx.addIssue({ code: 'custom', path: ['uses'], message: 'validation.required' });
        if (!v.disclosedTo) ctx.addIssue({ code: 'custom', path: ['disclosedTo'], message: 'validation.required' });
      })
      .transform(
        (v): AccessAction => ({
          type: 'respond',
          on: v.on,
          items: v.items,
          uses: v.uses,
          disclosedTo: v.disclosedTo,
          enclosed: v.enclosed,
          ...(v.alternative ? { alternative: v.alternative } : {}),
        }),
      ),
    applyToCai: z.object({ on, reasons: required(LIMITS.caiReasons) }).transform((v): AccessAction => ({ type: 'applyToCai', on: v.on, reasons: v.reasons })),
    recordCaiDecision: z
      .object({ on, caiDecision: z.enum(['granted', 'refused']), newDue: z.string(), note: optional(LIMITS.caiNote) })
      .superRefine((v, ctx) => {
        if (v.caiDecision === 'granted' && !isIsoDate(v.newDue)) ctx.addIssue({ code: 'custom', path: ['newDue'], message: 'validation.date' });
      })
      .transform(
        (v): AccessAction => ({
          type: 'recordCaiDecision',
          on: v.on,
          granted: v.caiDecision === 'granted',
          ...(v.caiDecision === 'granted' ? { newDue: v.newDue } : {}),
          ...(v.note ? { note: v.note } : {}),
        }),
      ),
    stopClock: z
      .object({ on, stopKind: z.enum(CLOCK_STOP_KINDS), endOn: z.string().refine((d) => d === '' || isIsoDate(d), 'validation.date') })
      .transform((v): AccessAction => ({ type: 'stopClock', on: v.on, kind: v.stopKind, ...(v.endOn ? { endOn: v.endOn } : {}) })),
    restartClock: z.object({ on }).transform((v): AccessAction => ({ type: 'restartClock', on: v.on })),
    withdraw: z.object({ on }).transform((v): AccessAction => ({ type: 'withdraw', on: v.on })),
    abandon: z.object({ on }).transform((v): AccessAction => ({ type: 'abandon', on: v.on })),
  } satisfies Record<AccessActionType, z.ZodType<AccessAction>>;
  return schemas[type] as unknown as z.ZodType<AccessAction, ActionValues>;
}

/** Where the workflow's field names land on the form. */
export function actionField(field: string): string | undefined {
  const direct: Record<string, string> = {
    on: 'on',
    estimateCents: 'estimate',
    depositCents: 'deposit',
    basis: 'basis',
    bases: 'bases',
    ground: 'ground',
    reasons: 'reasons',
    newDue: 'newDue',
    kind: 'stopKind',
    endOn: 'endOn',
    direction: 'direction',
    commissionerPermission: 'commissionerPermission',
    uses: 'uses',
    disclosedTo: 'disclosedTo',
    enclosed: 'enclosed',
    alternative: 'alternative',
    note: 'note',
  };
  if (direct[field]) return direct[field];
  if (/^items\.\d+\.(description|outcome|ground|provision)$/.test(field)) return field;
  return undefined;
}
