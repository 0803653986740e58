// The workflow steps that move the statutory clock without the organisation extending it itself:
// Québec's application to the Commission d'accès à l'information and its decision (P-39.1 s.46), and
// BC PIPA's periods that do not count (s.29(2) and (3)). Each checks the Act's conditions and returns
// the new record, or throws RuleViolation and changes nothing. accessWorkflow.ts dispatches to them.
import { currentDue, type AccessRequest, type AccessStatus } from './accessRequest';
import { CLOCK_STOP_KINDS, CLOCK_STOP_REGIMES, openStop, type ClockStopKind } from './clockStops';
import { isIsoDate, type IsoDate } from './isoDate';
import { RuleViolation } from './ruleViolation';

export type ClockAction =
  | { type: 'applyToCai'; on: IsoDate; reasons: string }
  | { type: 'recordCaiDecision'; on: IsoDate; granted: boolean; newDue?: IsoDate; note?: string }
  | { type: 'stopClock'; on: IsoDate; kind: ClockStopKind; endOn?: IsoDate }
  | { type: 'restartClock'; on: IsoDate };

const PENDING: readonly AccessStatus[] = ['received', 'acknowledged', 'awaitingFeeDirection'];
const OPEN: readonly AccessStatus[] = ['received', 'acknowledged', 'awaitingFeeDirection', 'extended'];

export const CLOCK_ACTION_SOURCES: Record<ClockAction['type'], readonly AccessStatus[]> = {
  applyToCai: PENDING,
  recordCaiDecision: PENDING,
  stopClock: OPEN,
  restartClock: OPEN,
};

function violation(rule: string, message: string, params: Record<string, string | number> = {}, field?: string): never {
  throw new RuleViolation(rule, message, params, field);
}

/** Whether the step can be offered now (the full checks run when it is applied). */
export function clockActionAllowed(type: ClockAction['type'], request: AccessRequest): boolean {
  switch (type) {
    case 'applyToCai':
      // Offered after the s.32 date too: an application made in time may be recorded later (checked on its date).
      return request.regime === 'QC' && !request.caiExtension;
    case 'recordCaiDecision':
      return request.caiExtension !== undefined && request.caiExtension.decision === undefined;
    case 'stopClock':
      return CLOCK_STOP_REGIMES.includes(request.regime) && !openStop(request.clockStops);
    case 'restartClock':
      return openStop(request.clockStops) !== undefined;
  }
}

export function applyClockAction(request: AccessRequest, action: ClockAction, today: IsoDate): AccessRequest {
  switch (action.type) {
    case 'applyToCai':
      return applyToCai(request, action);
    case 'recordCaiDecision':
      return recordCaiDecision(request, action);
    case 'stopClock':
      return stopClock(request, action, today);
    case 'restartClock':
      return restartClock(request, action);
  }
}

function applyToCai(request: AccessRequest, action: Extract<ClockAction, { type: 'applyToCai' }>): AccessRequest {
  if (request.regime !== 'QC') violation('caiOnlyQuebec', 'Only Québec’s Act (P-39.1, s.46) has an extension granted by the Commission d’accès à l’information.');
  if (request.caiExtension) violation('caiAlreadyApplied', 'An application to the Commission to extend the time was already recorded for this request.');
  // s.46: the application must be made within the time limit of s.32.
  if (action.on > request.dueOn) {
    violation('caiApplicationTooLate', `An application to the Commission to extend the time must be made within the 30-day limit of s.32, which ended on ${request.dueOn} (P-39.1, s.46).`, { due: request.dueOn }, 'on');
  }
  const reasons = action.reasons.trim();
  if (!reasons) violation('caiReasons', 'Give the reasons stated in the application to the Commission.', {}, 'reasons');
  return { ...request, caiExtension: { appliedOn: action.on, reasons } };
}

function recordCaiDecision(request: AccessRequest, action: Extract<ClockAction, { type: 'recordCaiDecision' }>): AccessRequest {
  const application = request.caiExtension;
  if (!application) violation('caiNoApplication', 'Record the application to the Commission before its decision.');
  if (application.decision) violation('caiAlreadyDecided', 'The Commission’s decision was already recorded.');
  if (action.on < application.appliedOn) {
    violation('caiDecisionBeforeApplication', `The decision date is before the application was sent (${application.appliedOn}).`, { applied: application.appliedOn }, 'on');
  }
  const note = action.note?.trim();
  if (!action.granted) {
    // A refused application leaves the s.32 date binding: nothing else changes.
    return { ...request, caiExtension: { ...application, decision: { on: action.on, granted: false, ...(note ? { note } : {}) } } };
  }
  if (!action.newDue || !isIsoDate(action.newDue) || action.newDue <= request.dueOn) {
    violation('extensionNotLater', `The new date must be after the original deadline (${request.dueOn}).`, { due: request.dueOn }, 'newDue');
  }
  const decision = { on: action.on, granted: true, newDue: action.newDue, ...(note ? { note } : {}) };
  const status: AccessStatus = request.status === 'awaitingFeeDirection' ? request.status : 'extended';
  return { ...request, status, caiExtension: { ...application, decision } };
}

function stopClock(request: AccessRequest, action: Extract<ClockAction, { type: 'stopClock' }>, today: IsoDate): AccessRequest {
  if (!CLOCK_STOP_REGIMES.includes(request.regime)) {
    violation('clockStopNotInAct', 'Only BC PIPA (s.29(2) and (3)) stops the time to respond while a matter is before the commissioner.');
  }
  if (!CLOCK_STOP_KINDS.includes(action.kind)) violation('clockStopKind', 'Choose why the clock stopped.', {}, 'kind');
  const stops = request.clockStops ?? [];
  if (openStop(stops)) violation('clockAlreadyStopped', 'The clock is already stopped: record when the commissioner decided first.');
  if (action.kind === 'feeEstimateReview') {
    // s.29(3): a review of a fee estimate the person asked for, so an estimate must have been sent.
    const sent = request.fee?.estimateSentOn;
    if (!sent) violation('clockStopNoEstimate', 'A fee estimate review stops the clock (s.29(3)) only once a fee estimate was sent.', {}, 'kind');
    if (action.on < sent) violation('clockStopBeforeEstimate', `The review cannot start before the estimate was sent (${sent}).`, { date: sent }, 'on');
  }
  // A clock that has already run out cannot be stopped: the request was overdue first.
  const due = currentDue(request);
  if (action.on > due) violation('clockStopAfterDue', `The time to respond had already ended on ${due} when this began; it cannot stop a clock that has run out.`, { due }, 'on');
  if (action.endOn !== undefined) {
    if (!isIsoDate(action.endOn)) violation('invalidDate', 'The date is not a calendar date.', {}, 'endOn');
    if (action.endOn < action.on) violation('clockStopEndBeforeStart', `The commissioner’s decision (${action.endOn}) cannot come before the period began (${action.on}).`, { start: action.on }, 'endOn');
    if (action.endOn > today) violation('futureDate', `The date ${action.endOn} is in the future.`, { date: action.endOn }, 'endOn');
  }
  const end = action.endOn ?? action.on;
  const overlap = stops.find((s) => action.on <= (s.end ?? s.start) && end >= s.start);
  if (overlap) violation('clockStopOverlap', `This period overlaps one already recorded (from ${overlap.start}).`, { start: overlap.start }, 'on');
  const stop = { kind: action.kind, start: action.on, ...(action.endOn ? { end: action.endOn } : {}) };
  return { ...request, clockStops: [...stops, stop].sort((a, b) => a.start.localeCompare(b.start)) };
}

function restartClock(request: AccessRequest, action: Extract<ClockAction, { type: 'restartClock' }>): AccessRequest {
  const stops = request.clockStops ?? [];
  const open = openStop(stops);
  if (!open) violation('clockNotStopped', 'The clock is not stopped.');
  if (action.on < open.start) violation('clockStopEndBeforeStart', `The commissioner’s decision (${action.on}) cannot come before the period began (${open.start}).`, { start: open.start }, 'on');
  return { ...request, clockStops: stops.map((s) => (s === open ? { ...s, end: action.on } : s)) };
}

