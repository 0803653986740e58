// Whom a correction must be sent to. BC PIPA s.24(2)(b): an organization that corrects personal
// information sends it to each organization it disclosed it to "during the year before the date the
// correction was made"; the office's policy promises the same under every Act. Pure: no store.
import { isIsoDate, type IsoDate } from './isoDate';

/**
 * The first day of the year before `correctedOn`: the same day a year earlier. For 29 February,
 * whose day does not exist a year earlier, 28 February is taken — the earlier of the two readings
 * (1 March would be the other), so a recipient of that day is notified rather than missed.
 */
export function correctionWindowStart(correctedOn: IsoDate): IsoDate {
  if (!isIsoDate(correctedOn)) throw new RangeError(`Not a date: ${correctedOn}`);
  const year = Number(correctedOn.slice(0, 4)) - 1;
  const monthDay = correctedOn.slice(5);
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return `${String(year).padStart(4, '0')}-${monthDay === '02-29' && !leap ? '02-28' : monthDay}`;
}

/**
 * Each recipient once, in the order of its first disclosure in `disclosures`, for the disclosures
 * dated from one year before `correctedOn` through `correctedOn`, both days included.
 */
export function correctionRecipients(disclosures: { recipientId: string; disclosedOn: string }[], correctedOn: string): string[] {
  const from = correctionWindowStart(correctedOn);
  const seen = new Set<string>();
  for (const d of disclosures) {
    if (d.disclosedOn >= from && d.disclosedOn <= correctedOn) seen.add(d.recipientId);
  }
  return [...seen];
}

/** A recipient as the disclosure log records it. */
export interface DisclosedRecipient {
  kind: string;
  name: string;
  address?: string;
}

/**
 * One id for one recipient however it was typed: name and address, case, accents' composition,
 * spacing and commas aside — the same normalisation as recipientsForAccessResponse
 * (registers/disclosures.ts), so both lists agree on who is the same recipient.
 */
export function recipientIdOf(recipient: Pick<DisclosedRecipient, 'name' | 'address'>): string {
  const norm = (text: string | undefined) => (text ?? '').normalize('NFC').replace(/[\s,]+/g, ' ').trim().toLocaleLowerCase();
  return `${norm(recipient.name)}\n${norm(recipient.address)}`;
}

/** The recipients to send a correction made on `correctedOn` to, as the disclosure log spells them (earliest spelling). */
export function recipientsToNotify<D extends { disclosedOn: string; recipient: DisclosedRecipient }>(disclosures: readonly D[], correctedOn: IsoDate): DisclosedRecipient[] {
  // Date order, so "first disclosure" means the earliest whatever order the store listed them in.
  const ordered = [...disclosures].sort((a, b) => a.disclosedOn.localeCompare(b.disclosedOn));
  const byId = new Map<string, DisclosedRecipient>();
  for (const d of ordered) {
    const id = recipientIdOf(d.recipient);
    if (!byId.has(id)) byId.set(id, d.recipient);
  }
  const ids = correctionRecipients(ordered.map((d) => ({ recipientId: recipientIdOf(d.recipient), disclosedOn: d.disclosedOn })), correctedOn);
  return ids.map((id) => byId.get(id)!);
}

/** A correction asked for and not made: kept with the person's information (BC PIPA s.24(3); PIPEDA Sch.1 4.9.6). */
export interface PersonAnnotation {
  /** The correction request's reference (CR-YYYY-NNNN). */
  reference: string;
  /** When the correction was asked for. */
  requestedOn: IsoDate;
  /** When it was decided not to make it. */
  decidedOn: IsoDate;
  /** The annotation as recorded: the correction requested. */
  text: string;
}

interface DecidedRequest {
  personId: string;
  reference?: string;
  receivedOn: string;
  decision?: { on: string; outcome: string; annotation?: string };
}

/**
 * The annotations on a person's information, oldest decision first: every correction request of
 * theirs decided "not corrected". Shown wherever their record is, and in any later access response.
 */
export function annotationsOf(requests: readonly DecidedRequest[], personId: string): PersonAnnotation[] {
  return requests
    .flatMap((r) =>
      r.personId === personId && r.decision?.outcome === 'notCorrected' && r.decision.annotation
        ? [{ reference: r.reference ?? '', requestedOn: r.receivedOn, decidedOn: r.decision.on, text: r.decision.annotation }]
        : [],
    )
    .sort((a, b) => a.decidedOn.localeCompare(b.decidedOn) || a.reference.localeCompare(b.reference));
}
