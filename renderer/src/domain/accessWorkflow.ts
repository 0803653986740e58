// The access-request workflow as an explicit state machine. Each action names the states it may
// start from; `applyAction` checks the law's conditions (dates, extension limits, grounds for
// refusal, fee notice first) and returns a new record, or throws RuleViolation and changes nothing.
import {
  currentDue,
  decisionItemSchema,
  isExtended,
  isOpen,
  originalDue,
  type AccessRequest,
  type AccessStatus,
  type DecisionItem,
  type DueFields,
  type LetterKind,
} from './accessRequest';
import { checkActionText } from './actionText';
import { applyClockAction, clockActionAllowed, CLOCK_ACTION_SOURCES, type ClockAction } from './accessClock';
import { withClockStops } from './clockStops';
import { extensionDeadline, extensionRule, type ExtensionGround } from './deadlines';
import { checkFeeTerms, feeBarred, type FeeBasis } from './fees';
import { daysBetween, isIsoDate, type IsoDate } from './isoDate';
import type { PersonKind } from './person';
import { assertNotRepealed } from './refusalGrounds';
import { RuleViolation } from './ruleViolation';

export type AccessAction =
  | { type: 'acknowledge'; on: IsoDate }
  | { type: 'sendFeeEstimate'; on: IsoDate; estimateCents: number; basis: string; depositCents?: number; bases?: FeeBasis[] }
  | { type: 'recordFeeDirection'; on: IsoDate; direction: 'proceed' | 'withdraw' }
  | { type: 'recordFeePaid'; on: IsoDate }
  | { type: 'extend'; on: IsoDate; ground: ExtensionGround; reasons: string; newDue: IsoDate; commissionerPermission?: string }
  | { type: 'respond'; on: IsoDate; items: DecisionItem[]; uses: string; disclosedTo: string; enclosed: string; alternative?: string }
  | { type: 'withdraw'; on: IsoDate }
  | { type: 'abandon'; on: IsoDate }
  | ClockAction;
export type AccessActionType = AccessAction['type'];

/** Where each action may start. The target state is computed by applyAction. */
export const ACTION_SOURCES: Record<AccessActionType, readonly AccessStatus[]> = {
  acknowledge: ['received'],
  sendFeeEstimate: ['received', 'acknowledged', 'extended'],
  recordFeeDirection: ['awaitingFeeDirection'],
  recordFeePaid: ['acknowledged', 'extended', 'responded', 'refusedInPart'],
  extend: ['received', 'acknowledged', 'awaitingFeeDirection'],
  respond: ['received', 'acknowledged', 'extended'],
  withdraw: ['received', 'acknowledged', 'awaitingFeeDirection', 'extended'],
  abandon: ['received', 'acknowledged', 'awaitingFeeDirection', 'extended'],
  ...CLOCK_ACTION_SOURCES,
};

export const ACTION_TYPES = Object.keys(ACTION_SOURCES) as AccessActionType[];

/** The letter each action sends, if any; `respond` sends a refusal when anything is withheld. */
export function letterFor(action: AccessAction): LetterKind | null {
  switch (action.type) {
    case 'acknowledge':
      return 'acknowledgement';
    case 'sendFeeEstimate':
      return 'feeEstimate';
    case 'extend':
      return 'extensionNotice';
    case 'respond':
      return action.items.some((i) => i.outcome === 'withheld') ? 'refusal' : 'response';
    case 'recordCaiDecision':
      // Québec: the person is told of an extension the Commission granted (new date, remedies).
      return action.granted ? 'extensionNotice' : null;
    default:
      return null;
  }
}

/**
 * The actions the officer may take: the state allows them and their preconditions hold. None
 * depends on today or on a deadline having passed: a step taken in time may be recorded later (a file
 * moved into Custodian), and applyAction checks it against the rules on its own date.
 */
export function allowedActions(request: AccessRequest, personKind?: PersonKind): AccessActionType[] {
  return ACTION_TYPES.filter((type) => {
    if (!ACTION_SOURCES[type].includes(request.status)) return false;
    switch (type) {
      case 'extend':
        return !request.extension && extensionRule(request.regime) !== null;
      case 'recordFeePaid':
        return request.fee?.direction === 'proceed' && !request.fee.paidOn;
      case 'sendFeeEstimate':
        return !request.fee && !feeBarred(request.regime, personKind);
      case 'applyToCai':
      case 'recordCaiDecision':
      case 'stopClock':
      case 'restartClock':
        return clockActionAllowed(type, request);
      default:
        return true;
    }
  });
}

export interface ActionContext {
  /** Today on the officer's clock: no act may be dated after it. */
  today: IsoDate;
  /** The instant it is recorded (ISO 8601). */
  at: string;
  letterId?: string;
  /** The person's kind: some Acts allow no fee for an employee's information (fees.ts). */
  personKind?: PersonKind;
}

function violation(rule: string, message: string, params: Record<string, string | number> = {}, field?: string): never {
  throw new RuleViolation(rule, message, params, field);
}

function checkDate(request: AccessRequest, on: IsoDate, today: IsoDate): void {
  if (!isIsoDate(on)) violation('invalidDate', 'The date is not a calendar date.', {}, 'on');
  if (on > today) violation('futureDate', `The date ${on} is in the future.`, { date: on }, 'on');
  if (on < request.receivedOn) {
    violation('beforeReceipt', `The date ${on} is before the request was received (${request.receivedOn}).`, { date: on, received: request.receivedOn }, 'on');
  }
}

export function applyAction(request: AccessRequest, action: AccessAction, ctx: ActionContext): AccessRequest {
  if (!ACTION_SOURCES[action.type].includes(request.status)) {
    violation('notAllowedNow', `“${action.type}” is not possible while the request is ${request.status}.`, { action: action.type, status: request.status });
  }
  checkDate(request, action.on, ctx.today);
  checkActionText(request, action);
  const next = transition(request, action, ctx.today, ctx.personKind);
  const event = { at: ctx.at, on: action.on, action: action.type, from: request.status, to: next.status, ...(ctx.letterId ? { letterId: ctx.letterId } : {}) };
  return { ...next, events: [...request.events, event], updatedAt: ctx.at };
}

function transition(request: AccessRequest, action: AccessAction, today: IsoDate, personKind?: PersonKind): AccessRequest {
  switch (action.type) {
    case 'applyToCai':
    case 'recordCaiDecision':
    case 'stopClock':
    case 'restartClock':
      return applyClockAction(request, action, today);
    case 'acknowledge':
      return { ...request, status: 'acknowledged' };
    case 'sendFeeEstimate':
      return sendFeeEstimate(request, action, personKind);
    case 'recordFeeDirection': {
      const fee = { ...request.fee!, direction: action.direction, directionOn: action.on };
      if (action.direction === 'withdraw') return { ...request, fee, status: 'withdrawn', closedOn: action.on };
      return { ...request, fee, status: isExtended(request) ? 'extended' : 'acknowledged' };
    }
    case 'recordFeePaid':
      if (!request.fee?.estimateSentOn) violation('feeWithoutEstimate', 'A fee can be charged only after the person was sent a written estimate.');
      if (request.fee.direction !== 'proceed') violation('feeWithoutDirection', 'A fee can be charged only after the person said to go ahead.');
      if (action.on < request.fee.estimateSentOn) violation('paidBeforeEstimate', 'The payment date is before the estimate was sent.', {}, 'on');
      return { ...request, fee: { ...request.fee, paidOn: action.on } };
    case 'extend':
      return extend(request, action);
    case 'respond':
      return respond(request, action);
    case 'withdraw':
    case 'abandon':
      return { ...request, status: action.type === 'withdraw' ? 'withdrawn' : 'abandoned', closedOn: action.on };
  }
}

function sendFeeEstimate(request: AccessRequest, action: Extract<AccessAction, { type: 'sendFeeEstimate' }>, personKind: PersonKind | undefined): AccessRequest {
  if (request.fee) violation('feeAlreadySent', 'A fee estimate was already sent for this request.');
  const barred = feeBarred(request.regime, personKind);
  if (barred) throw barred;
  if (!Number.isInteger(action.estimateCents) || action.estimateCents <= 0) {
    violation('feeEstimateRequired', 'Enter the estimated fee (more than $0) before sending the notice.', {}, 'estimateCents');
  }
  // Each Act's own conditions: whether a deposit exists, what the fee may be for (fees.ts).
  const terms = checkFeeTerms(request.regime, action);
  if (action.depositCents !== undefined && (!Number.isInteger(action.depositCents) || action.depositCents < 0 || action.depositCents > action.estimateCents)) {
    violation('feeDeposit', 'The deposit must be between $0 and the estimate.', {}, 'depositCents');
  }
  const fee = { estimateCents: action.estimateCents, estimateSentOn: action.on, ...terms, ...(action.depositCents ? { depositCents: action.depositCents } : {}) };
  return { ...request, fee, status: 'awaitingFeeDirection' };
}

function extend(request: AccessRequest, action: Extract<AccessAction, { type: 'extend' }>): AccessRequest {
  const rule = extensionRule(request.regime);
  if (!rule) violation('noExtension', 'Under Québec’s Act the office cannot extend the time itself: apply to the Commission d’accès à l’information within the 30-day limit (s.46).', { regime: request.regime });
  if (request.extension) violation('alreadyExtended', 'The time limit was already extended once.');
  // The original limit as BC clock stops moved it (s.29(2)–(3)).
  const original = originalDue(request);
  if (rule.noticeWithinOriginalPeriod && action.on > original) {
    violation('extensionTooLate', `An extension notice must be sent within the original time limit, which ended on ${original}.`, { due: original }, 'on');
  }
  if (!rule.grounds.some((g) => g.ground === action.ground)) violation('extensionGround', 'Choose a ground for extension that this Act allows.', {}, 'ground');
  if (!action.reasons.trim()) violation('extensionReasons', 'Give the reasons for the extension: the notice must state them.', {}, 'reasons');
  if (!isIsoDate(action.newDue) || action.newDue <= original) {
    violation('extensionNotLater', `The new date must be after the original deadline (${original}).`, { due: original }, 'newDue');
  }
  const limit = extensionLimit(request, action.ground);
  const permission = action.commissionerPermission?.trim();
  if (limit.maxDays !== null && action.newDue > limit.due && !(rule.longerWithCommissionerPermission && permission)) {
    violation('extensionTooLong', `The Act allows an extension on this ground to ${limit.due} at the latest.`, { max: limit.due }, 'newDue');
  }
  const extension = { ground: action.ground, reasons: action.reasons.trim(), newDue: action.newDue, noticeOn: action.on, ...(permission ? { commissionerPermission: permission } : {}) };
  return { ...request, extension, status: 'extended' };
}

/** The latest date an extension on `ground` allows, moved on by the BC clock stops recorded so far. */
export function extensionLimit(request: AccessRequest, ground: ExtensionGround): ReturnType<typeof extensionDeadline> {
  const limit = extensionDeadline(request.receivedOn, request.regime, ground);
  if (limit.maxDays === null) return limit;
  return { ...limit, due: withClockStops(request.receivedOn, limit.due, request.regime, request.clockStops).due };
}

function respond(request: AccessRequest, action: Extract<AccessAction, { type: 'respond' }>): AccessRequest {
  if (action.items.length === 0) violation('decisionRequired', 'List at least one item of information and whether it is disclosed or withheld.', {}, 'items');
  const items = action.items.map((item, i) => {
    const parsed = decisionItemSchema.safeParse(item);
    if (parsed.success) return parsed.data;
    const field = String(parsed.error.issues[0]?.path[0] ?? 'description');
    if (item.outcome === 'withheld' && (field === 'ground' || field === 'provision')) {
      violation('refusalGround', `Item ${i + 1} is withheld without a ground and the provision relied on.`, { item: i + 1 }, `items.${i}.${field}`);
    }
    return violation('decisionItem', `Item ${i + 1} is incomplete.`, { item: i + 1 }, `items.${i}.${field}`);
  });
  // A refusal must cite a provision in force (e.g. BC PIPA s.23(3)(d), repealed 2004).
  items.forEach((item, i) => {
    if (item.outcome === 'withheld' && item.provision) assertNotRepealed(request.regime, item.provision, `items.${i}.provision`);
  });
  const withheld = items.filter((i) => i.outcome === 'withheld').length;
  const status: AccessStatus = withheld === 0 ? 'responded' : withheld === items.length ? 'refusedInFull' : 'refusedInPart';
  const summary = { uses: action.uses.trim(), disclosedTo: action.disclosedTo.trim(), enclosed: action.enclosed.trim(), ...(action.alternative?.trim() ? { alternative: action.alternative.trim() } : {}) };
  return { ...request, decision: items, status, respondedOn: action.on, closedOn: action.on, responseSummary: summary };
}

/** Days left to the binding deadline (negative when overdue); null once the request is closed. */
export function daysLeft(request: Pick<AccessRequest, 'status'> & DueFields, today: IsoDate): number | null {
  return isOpen(request) ? daysBetween(today, currentDue(request)) : null;
}
