// The standard grounds on which each Act lets (or makes) an organisation withhold personal
// information from the person who asked for it: a picker for the refusal form. The officer may also
// type a ground and provision of their own; a letter prints whatever the decision item holds.
//
// `mandatory` = the Act says the organisation must not disclose (vs. may refuse). Provisions are
// written the English way ("s.23(4)(c)"); letters localise them (see letters/format.ts).
// Status: PIPEDA s.9(1) and s.9(3) read from the consolidated text; BC PIPA s.23(3)–(4), Alberta
// PIPA s.24(2)–(3) and Quebec ss.37–40 from secondary sources (check against the official
// consolidations before relying on the paragraph letters).
import type { Bilingual } from './commissioners';
import type { Regime } from './regime';

export interface RefusalGround {
  /** Stable id, e.g. "BC_PIPA:23(4)(c)", kept with the decision for reporting. */
  id: string;
  provision: string;
  label: Bilingual;
  mandatory: boolean;
}

function ground(regime: Regime, provision: string, mandatory: boolean, en: string, fr: string): RefusalGround {
  return { id: `${regime}:${provision.replace(/^s\./, '')}`, provision, label: { en, fr }, mandatory };
}

export const REFUSAL_GROUNDS: Record<Regime, readonly RefusalGround[]> = {
  PIPEDA: [
    ground('PIPEDA', 's.9(1)', true,
      'It would likely reveal personal information about another person, and that information cannot be separated from yours.',
      'La communication révélerait vraisemblablement des renseignements personnels sur un tiers, qui ne peuvent être séparés des vôtres.'),
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
      'Les renseignements ont été recueillis sans consentement dans le cadre d’une enquête sur la violation d’un accord ou une contravention au droit.'),
    ground('PIPEDA', 's.9(3)(d)', false,
      'It was generated in the course of a formal dispute resolution process.',
      'Les renseignements ont été produits au cours d’un processus formel de règlement des différends.'),
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
    ground('BC_PIPA', 's.23(3)(d)', false,
      'It was collected or created by a mediator or arbitrator in a mediation or arbitration.',
      'Les renseignements ont été recueillis ou produits par un médiateur ou un arbitre dans le cadre d’une médiation ou d’un arbitrage.'),
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
    ground('QC', 's.39(1)', false,
      'Giving it would likely hinder an inquiry whose purpose is the prevention, detection or repression of a crime or statutory offence.',
      'La communication risquerait vraisemblablement de nuire à une enquête ayant pour objet de prévenir, détecter ou réprimer un crime ou une infraction à une loi.'),
    ground('QC', 's.39(2)', false,
      'Giving it would likely affect judicial proceedings in which either you or we have an interest.',
      'La communication risquerait vraisemblablement d’avoir un effet sur une procédure judiciaire dans laquelle vous ou nous avons un intérêt.'),
    ground('QC', 's.40', true,
      'It would likely reveal personal information about another person, and disclosing it would likely seriously harm that person.',
      'La communication révélerait vraisemblablement un renseignement personnel sur un tiers et serait susceptible de nuire sérieusement à ce tiers.'),
  ],
};

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
