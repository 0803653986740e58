// The standard grounds on which each Act lets (or makes) an organisation withhold personal
// information from the person who asked for it: a picker for the refusal form. The officer may also
// type a ground and provision of their own; a letter prints whatever the decision item holds.
//
// `mandatory` = the Act says the organisation must not disclose (vs. may refuse). Provisions are
// written the English way ("s.23(4)(c)"); letters localise them (see letters/format.ts).
// Status: PIPEDA s.9(1), s.9(2.4) and s.9(3) read from the consolidated text; BC PIPA s.23(3)–(4)
// (current to February 2026, per law.md), Alberta PIPA s.24(2)–(3) and Quebec ss.37, 39, 40 from
// secondary sources (check against the official consolidations before relying on the paragraph
// letters). Quebec s.38 read from the official site's version history; s.41 could not be read (see there).
import type { Bilingual } from './commissioners';
import type { Regime } from './regime';
import { RuleViolation } from './ruleViolation';

export interface RefusalGround {
  /** Stable id, e.g. "BC_PIPA:23(4)(c)", kept with the decision for reporting. */
  id: string;
  provision: string;
  label: Bilingual;
  mandatory: boolean;
  /** The Act makes the organisation notify the commissioner in writing when it refuses on this ground;
   * `silence` cites a bar on telling the person why (PIPEDA s.9(2.4)(c)). */
  notifyCommissioner?: { provision: string; silence?: string };
}

function ground(regime: Regime, provision: string, mandatory: boolean, en: string, fr: string, notify?: RefusalGround['notifyCommissioner']): RefusalGround {
  const g: RefusalGround = { id: `${regime}:${provision.replace(/^s\./, '')}`, provision, label: { en, fr }, mandatory };
  return notify ? { ...g, notifyCommissioner: notify } : g;
}

export const REFUSAL_GROUNDS: Record<Regime, readonly RefusalGround[]> = {
  PIPEDA: [
    ground('PIPEDA', 's.9(1)', true,
      'It would likely reveal personal information about another person, and that information cannot be separated from yours.',
      'La communication révélerait vraisemblablement des renseignements personnels sur un tiers, qui ne peuvent être séparés des vôtres.'),
    // s.9(2.4): after a government institution objected under s.9(2.3), the organisation must refuse
    // and notify the Commissioner in writing without delay (s.9(2.4)(b)); s.9(2.4)(c) forbids telling
    // the person that an institution was notified or objected, so the label (printed in the letter)
    // says only that the Act requires the refusal.
    ground('PIPEDA', 's.9(2.4)', true,
      'The Act requires us to refuse access to this information.',
      'La Loi nous oblige à refuser de vous communiquer ces renseignements.',
      { provision: 's.9(2.4)(b)', silence: 's.9(2.4)(c)' }),
    ground('PIPEDA', 's.9(3)(a)', false,
      'It is protected by solicitor-client privilege, the professional secrecy of advocates and notaries, or litigation privilege.',
      'Les renseignements sont protégés par le secret professionnel de l’avocat ou du notaire ou par le privilège relatif au litige.'),
    ground('PIPEDA', 's.9(3)(b)', false,
      'Giving it would reveal confidential commercial information.',
      'La communication révélerait des renseignements commerciaux confidentiels.'),
    ground('PIPEDA', 's.9(3)(c)', false,
      'Giving it could reasonably be expected to threaten the life or security of another person.',
      'La communication risquerait vraisemblablement de menacer la vie ou la sécurité d’un autre individu.'),
    ground('PIPEDA', 's.9(3)(c.1)', false,
      'It was collected without consent for an investigation of a breach of an agreement or a contravention of the law.',
      'Les renseignements ont été recueillis sans consentement dans le cadre d’une enquête sur la violation d’un accord ou une contravention au droit.',
      { provision: 's.9(5)' }), // s.9(5): a refusal under (c.1) must be notified to the Commissioner in writing.
    ground('PIPEDA', 's.9(3)(d)', false,
      'It was generated in the course of a formal dispute resolution process.',
      'Les renseignements ont été produits au cours d’un processus formel de règlement des différends.'),
    ground('PIPEDA', 's.9(3)(e)', false,
      'It was created for making a disclosure under the Public Servants Disclosure Protection Act, or in the course of an investigation into such a disclosure.',
      'Les renseignements ont été produits en vue de faire une divulgation au titre de la Loi sur la protection des fonctionnaires divulgateurs d’actes répréhensibles ou dans le cadre d’une enquête menée sur une telle divulgation.'),
  ],
  BC_PIPA: [
    ground('BC_PIPA', 's.23(3)(a)', false,
      'It is protected by solicitor-client privilege.',
      'Les renseignements sont protégés par le secret professionnel de l’avocat.'),
    ground('BC_PIPA', 's.23(3)(b)', false,
      'It would reveal confidential commercial information that could harm our competitive position.',
      'La communication révélerait des renseignements commerciaux confidentiels susceptibles de nuire à notre position concurrentielle.'),
    ground('BC_PIPA', 's.23(3)(c)', false,
      'It was collected without consent for an investigation, and the investigation and related proceedings are not finished.',
      'Les renseignements ont été recueillis sans consentement aux fins d’une enquête, et l’enquête et les procédures connexes ne sont pas terminées.'),
    // s.23(3)(d) was repealed in 2004 (REPEALED_PROVISIONS); the mediator's ground is (e).
    ground('BC_PIPA', 's.23(3)(e)', false,
      'It was collected or created by a mediator or arbitrator in a mediation or arbitration they were appointed to conduct.',
      'Les renseignements ont été recueillis ou produits par un médiateur ou un arbitre dans le cadre d’une médiation ou d’un arbitrage qu’il a été nommé pour mener.'),
    ground('BC_PIPA', 's.23(3)(f)', false,
      'It is in a document that is subject to a solicitor’s lien.',
      'Les renseignements figurent dans un document grevé d’un privilège (droit de rétention) de l’avocat.'),
    // s.30(2): despite s.30(1)(c), the organisation may refuse to confirm or deny the existence of
    // personal information collected as part of an investigation. Wording recalled, not read in the
    // consolidation (check). The item's description must then not reveal whether such information exists.
    ground('BC_PIPA', 's.30(2)', false,
      'We neither confirm nor deny whether we hold personal information about you collected as part of an investigation.',
      'Nous ne confirmons ni n’infirmons l’existence de renseignements personnels vous concernant recueillis dans le cadre d’une enquête.'),
    ground('BC_PIPA', 's.23(4)(a)', true,
      'Giving it could reasonably be expected to threaten the safety or the physical or mental health of another person.',
      'La communication risquerait vraisemblablement de menacer la sécurité ou la santé physique ou mentale d’une autre personne.'),
    ground('BC_PIPA', 's.23(4)(b)', true,
      'Giving it could reasonably be expected to cause immediate or grave harm to your safety or your physical or mental health.',
      'La communication risquerait vraisemblablement de causer un préjudice immédiat ou grave à votre sécurité ou à votre santé physique ou mentale.'),
    ground('BC_PIPA', 's.23(4)(c)', true,
      'It would reveal personal information about another person.',
      'La communication révélerait des renseignements personnels sur une autre personne.'),
    ground('BC_PIPA', 's.23(4)(d)', true,
      'It would reveal the identity of a person who gave personal information about you and who does not consent to being identified.',
      'La communication révélerait l’identité d’une personne qui a fourni des renseignements vous concernant et qui ne consent pas à être identifiée.'),
  ],
  AB_PIPA: [
    ground('AB_PIPA', 's.24(2)(a)', false,
      'It is protected by legal privilege.',
      'Les renseignements sont protégés par un privilège juridique.'),
    ground('AB_PIPA', 's.24(2)(b)', false,
      'It is confidential commercial information whose disclosure could reasonably be expected to harm our competitive position.',
      'Il s’agit de renseignements commerciaux confidentiels dont la communication risquerait vraisemblablement de nuire à notre position concurrentielle.'),
    ground('AB_PIPA', 's.24(2)(c)', false,
      'It was collected for an investigation or legal proceeding.',
      'Les renseignements ont été recueillis aux fins d’une enquête ou d’une procédure judiciaire.'),
    ground('AB_PIPA', 's.24(3)(a)', true,
      'Giving it could reasonably be expected to threaten the life or security of another person.',
      'La communication risquerait vraisemblablement de menacer la vie ou la sécurité d’une autre personne.'),
    ground('AB_PIPA', 's.24(3)(b)', true,
      'It would reveal personal information about another person.',
      'La communication révélerait des renseignements personnels sur une autre personne.'),
    ground('AB_PIPA', 's.24(3)(c)', true,
      'It would reveal the identity of a person who gave an opinion about you in confidence and does not consent to being identified.',
      'La communication révélerait l’identité d’une personne qui a donné à titre confidentiel une opinion vous concernant et qui ne consent pas à être identifiée.'),
  ],
  QC: [
    ground('QC', 's.37', false,
      'It is health information whose disclosure would likely cause serious harm to your health; it may be given to a health professional you name.',
      'Il s’agit de renseignements de santé dont la communication causerait vraisemblablement un préjudice grave à votre santé; ils peuvent être communiqués à un professionnel de la santé que vous désignez.'),
    // s.38 (1993, c.17; unamended in the version history read as at 19 April 2024 — check later
    // amendments): a person under 14 may not obtain medical or social information about themselves
    // except through their advocate in judicial proceedings. Worded as a prohibition, so mandatory.
    // It does not restrict the holder of parental authority (s.38, second paragraph).
    ground('QC', 's.38', true,
      'You are under 14 and this is information of a medical or social nature: the Act allows it to be given to you only through your advocate in judicial proceedings.',
      'Vous avez moins de 14 ans et il s’agit d’un renseignement de nature médicale ou sociale\u00a0: la Loi ne permet de vous le communiquer que par l’intermédiaire de votre avocat dans le cadre d’une procédure judiciaire.'),
    ground('QC', 's.39(1)', false,
      'Giving it would likely hinder an inquiry whose purpose is the prevention, detection or repression of a crime or statutory offence.',
      'La communication risquerait vraisemblablement de nuire à une enquête ayant pour objet de prévenir, détecter ou réprimer un crime ou une infraction à une loi.'),
    ground('QC', 's.39(2)', false,
      'Giving it would likely affect judicial proceedings in which either you or we have an interest.',
      'La communication risquerait vraisemblablement d’avoir un effet sur une procédure judiciaire dans laquelle vous ou nous avons un intérêt.'),
    ground('QC', 's.40', true,
      'It would likely reveal personal information about another person, and disclosing it would likely seriously harm that person.',
      'La communication révélerait vraisemblablement un renseignement personnel sur un tiers et serait susceptible de nuire sérieusement à ce tiers.'),
    // s.41: mandatory per law.md; its text could not be read here (check), so the label says only
    // what is certain: the Act requires the refusal. The officer should replace it with the reason.
    ground('QC', 's.41', true,
      'The Act requires us to refuse access to this information.',
      'La Loi nous oblige à refuser de vous communiquer ces renseignements.'),
  ],
};

const REGIME_NAMES: Record<Regime, string> = { PIPEDA: 'PIPEDA', BC_PIPA: 'BC PIPA', AB_PIPA: 'Alberta PIPA', QC: 'Québec P-39.1' };

/** Provisions repealed in each Act: a refusal may never rest on them. BC PIPA s.23(3)(d) (mediator) was
 * repealed in 2004 and its ground moved to s.23(3)(e) (law.md). */
export const REPEALED_PROVISIONS: Record<Regime, readonly string[]> = {
  PIPEDA: [],
  BC_PIPA: ['s.23(3)(d)'],
  AB_PIPA: [],
  QC: [],
};

/** "s. 23 (3)(d)", "S.23(3)(d)", "section 23(3)(d)", "art. 23(3)d)" all read as "23(3)(d)". */
export function provisionKey(provision: string): string {
  return provision
    .toLowerCase()
    .replace(/\s+/g, '')
    .replace(/^(sections?|ss?\.?|art(icles?)?\.?|§)/, '')
    .replace(/\)([a-z](\.\d+)?)\)/g, ')($1)');
}

/** The repealed provision `provision` falls under (itself or one of its paragraphs), if any. */
export function repealedProvision(regime: Regime, provision: string): string | undefined {
  const key = provisionKey(provision);
  return REPEALED_PROVISIONS[regime].find((r) => {
    const repealed = provisionKey(r);
    return key === repealed || key.startsWith(`${repealed}(`);
  });
}

/** Throws when a decision relies on a repealed provision; `field` places the error on the form. */
export function assertNotRepealed(regime: Regime, provision: string, field?: string): void {
  const repealed = repealedProvision(regime, provision);
  if (repealed) {
    const message = `${repealed} of ${REGIME_NAMES[regime]} is repealed and cannot be relied on: cite a provision in force.`;
    throw new RuleViolation('repealedProvision', message, { provision: repealed, regime }, field);
  }
}

/** The written notices to the commissioner the chosen grounds call for (PIPEDA s.9(2.4)(b), s.9(5)), once each. */
export function commissionerNotices(groundIds: readonly string[]): RefusalGround[] {
  return [...new Set(groundIds)].map(findRefusalGround).filter((g): g is RefusalGround => Boolean(g?.notifyCommissioner));
}

/** The standard ground a typed provision names in this regime ("s. 9(3)(c.1)" → PIPEDA:9(3)(c.1)). */
export function groundForProvision(regime: Regime, provision: string): RefusalGround | undefined {
  const key = provisionKey(provision);
  return key ? REFUSAL_GROUNDS[regime].find((g) => provisionKey(g.provision) === key) : undefined;
}

export function refusalGroundsFor(regime: Regime): readonly RefusalGround[] {
  return REFUSAL_GROUNDS[regime];
}

export function findRefusalGround(id: string): RefusalGround | undefined {
  for (const grounds of Object.values(REFUSAL_GROUNDS)) {
    const found = grounds.find((g) => g.id === id);
    if (found) return found;
  }
  return undefined;
}
