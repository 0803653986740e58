// The grounds on which each Act lets an organisation collect, use or disclose personal information
// without the person's consent (seed policy 3.5): the register of those acts refuses any ground the
// Act does not give for that act, and the disclosure log offers the same list as a basis.
//
// A ground id names the circumstance ("debtCollection") and is shared by every Act that has it, so
// one label (`withoutConsent.grounds.<id>`) serves all four; the provision is the Act's own.
// Provisions are written the English way ("s.18(1)(o)").
// Sources and status: Québec s.18 read on LégisQuébec (version in force 6 February 2023) and s.18.2
// (version of 22 May 2020); BC PIPA s.18(1)(a)–(g) and Alberta PIPA s.14 (2003 text) read from
// unofficial copies of the Acts; everything else from memory of the consolidations or secondary
// sources. Every provision marked `// check` must be confirmed against the official consolidation
// before relying on its paragraph letter; the ground itself is the well-known one.
import type { Regime } from './regime';

export const WITHOUT_CONSENT_ACTS = ['collect', 'use', 'disclose'] as const;
export type WithoutConsentAct = (typeof WITHOUT_CONSENT_ACTS)[number];

export const WITHOUT_CONSENT_GROUND_IDS = [
  'clearlyInInterest', 'medicalTreatment', 'investigation', 'observedAtPublicEvent', 'publiclyAvailable',
  'honourOrAward', 'debtCollection', 'requiredByLaw', 'receivedWithoutConsent', 'collectedWithoutConsent',
  'courtOrder', 'lawEnforcement', 'prosecutor', 'governmentRequest', 'contraventionReport', 'moneyLaundering',
  'fraudPrevention', 'financialAbuse', 'identifyInjured', 'emergency', 'nextOfKin', 'lawyer', 'treaty',
  'fromPublicBody', 'toPublicBody', 'archives', 'oldRecord', 'research', 'businessTransaction', 'employment',
  'witnessStatement', 'workProduct', 'journalistic', 'accuracy', 'consistentPurpose', 'serviceRequested',
] as const;
export type WithoutConsentGroundId = (typeof WITHOUT_CONSENT_GROUND_IDS)[number];

export interface WithoutConsentGround {
  id: WithoutConsentGroundId;
  provision: string;
}

type Table = Record<Regime, Record<WithoutConsentAct, readonly WithoutConsentGround[]>>;
const g = (id: WithoutConsentGroundId, provision: string): WithoutConsentGround => ({ id, provision });

const GROUNDS: Table = {
  PIPEDA: {
    // s.7(1): collection without knowledge or consent "only if".
    collect: [
      g('clearlyInInterest', 's.7(1)(a)'),
      g('investigation', 's.7(1)(b)'), // breach of an agreement or contravention of law; consent would compromise availability or accuracy
      g('witnessStatement', 's.7(1)(b.1)'), // check
      g('workProduct', 's.7(1)(b.2)'), // check
      g('journalistic', 's.7(1)(c)'), // check
      g('publiclyAvailable', 's.7(1)(d)'), // check: only the sources specified by the Regulations (SOR/2001-7)
      g('requiredByLaw', 's.7(1)(e)(ii)'), // check: collected to make a disclosure the law requires
      g('businessTransaction', 's.7.2(2)'), // check
      g('employment', 's.7.3'), // check: federal works, undertakings and businesses only, with notice
    ],
    // s.7(2): use without knowledge or consent "only if".
    use: [
      g('investigation', 's.7(2)(a)'), // check: contravention of a law of Canada, a province or a foreign jurisdiction
      g('emergency', 's.7(2)(b)'), // check
      g('witnessStatement', 's.7(2)(b.1)'), // check
      g('workProduct', 's.7(2)(b.2)'), // check
      g('research', 's.7(2)(c)'), // the Commissioner is informed before the use
      g('publiclyAvailable', 's.7(2)(c.1)'), // check
      g('collectedWithoutConsent', 's.7(2)(d)'), // check: collected under s.7(1)(a), (b) or (e)
      g('businessTransaction', 's.7.2(1)'), // check
      g('employment', 's.7.3'), // check
    ],
    // s.7(3): disclosure without knowledge or consent "only if the disclosure is".
    disclose: [
      g('lawyer', 's.7(3)(a)'), // check
      g('debtCollection', 's.7(3)(b)'), // check
      g('courtOrder', 's.7(3)(c)'),
      g('governmentRequest', 's.7(3)(c.1)'),
      g('moneyLaundering', 's.7(3)(c.2)'), // check
      g('contraventionReport', 's.7(3)(d)'), // check
      g('investigation', 's.7(3)(d.1)'),
      g('fraudPrevention', 's.7(3)(d.2)'), // check
      g('financialAbuse', 's.7(3)(d.3)'), // check
      g('identifyInjured', 's.7(3)(d.4)'), // check
      g('emergency', 's.7(3)(e)'), // check: the person is told in writing without delay
      g('witnessStatement', 's.7(3)(e.1)'), // check
      g('workProduct', 's.7(3)(e.2)'), // check
      g('research', 's.7(3)(f)'), // check
      g('archives', 's.7(3)(g)'), // check
      g('oldRecord', 's.7(3)(h)'), // check: 100 years after the record, or 20 years after death
      g('publiclyAvailable', 's.7(3)(h.1)'), // check
      g('requiredByLaw', 's.7(3)(i)'),
      g('businessTransaction', 's.7.2(1)'), // check
      g('employment', 's.7.3'), // check
    ],
  },
  BC_PIPA: {
    // s.12(1) (and s.13 for employee personal information).
    collect: [
      g('clearlyInInterest', 's.12(1)(a)'), // check
      g('medicalTreatment', 's.12(1)(b)'), // check
      g('investigation', 's.12(1)(c)'), // check; "investigation" (s.1) includes the prevention of fraud
      g('observedAtPublicEvent', 's.12(1)(d)'), // check
      g('publiclyAvailable', 's.12(1)(e)'), // check: a source prescribed by the Regulation (B.C. Reg. 473/2003 s.6)
      g('honourOrAward', 's.12(1)(f)'), // check
      g('debtCollection', 's.12(1)(g)'), // check
      g('requiredByLaw', 's.12(1)(h)'), // check
      g('receivedWithoutConsent', 's.12(1)(i)'), // check: disclosed to the organisation under ss.18–22
      g('employment', 's.13'), // check
    ],
    // s.15(1) (and s.16).
    use: [
      g('clearlyInInterest', 's.15(1)(a)'), // check
      g('medicalTreatment', 's.15(1)(b)'), // check
      g('investigation', 's.15(1)(c)'), // check
      g('observedAtPublicEvent', 's.15(1)(d)'), // check
      g('publiclyAvailable', 's.15(1)(e)'), // check
      g('honourOrAward', 's.15(1)(f)'), // check
      g('debtCollection', 's.15(1)(g)'), // check
      g('requiredByLaw', 's.15(1)(h)'), // check
      g('receivedWithoutConsent', 's.15(1)(i)'), // check
      g('emergency', 's.15(1)(j)'), // check
      g('employment', 's.16'), // check
    ],
    // s.18(1) "may only disclose … without the consent of the individual, if" (and ss.19–22).
    disclose: [
      g('clearlyInInterest', 's.18(1)(a)'),
      g('medicalTreatment', 's.18(1)(b)'),
      g('investigation', 's.18(1)(c)'),
      g('observedAtPublicEvent', 's.18(1)(d)'),
      g('publiclyAvailable', 's.18(1)(e)'),
      g('honourOrAward', 's.18(1)(f)'),
      g('debtCollection', 's.18(1)(g)'),
      g('treaty', 's.18(1)(h)'), // check
      g('courtOrder', 's.18(1)(i)'), // check
      g('lawEnforcement', 's.18(1)(j)'), // check
      g('emergency', 's.18(1)(k)'), // check: notice mailed to the person's last known address
      g('nextOfKin', 's.18(1)(l)'), // check
      g('lawyer', 's.18(1)(m)'), // check
      g('archives', 's.18(1)(n)'), // check
      g('requiredByLaw', 's.18(1)(o)'), // check
      g('employment', 's.19'), // check
      g('businessTransaction', 's.20'), // check
      g('research', 's.21'), // check
      g('oldRecord', 's.22'), // check: dead 20 years or more, or a record 100 years old or more
    ],
  },
  AB_PIPA: {
    // s.14 (and s.15), paragraphs as in the 2003 text; later amendments not checked.
    collect: [
      g('clearlyInInterest', 's.14(a)'), // check
      g('requiredByLaw', 's.14(b)'), // check: a statute or regulation of Alberta or Canada
      g('fromPublicBody', 's.14(c)'), // check
      g('investigation', 's.14(d)'), // check: investigation or legal proceeding
      g('publiclyAvailable', 's.14(e)'), // check
      g('honourOrAward', 's.14(f)'), // check
      g('receivedWithoutConsent', 's.14(h)'), // check: may be disclosed to the organisation under s.20
      g('debtCollection', 's.14(i)'), // check
      g('research', 's.14(k)'), // check
      g('employment', 's.15'), // check
    ],
    // s.17 (and s.18), read as parallel to s.14.
    use: [
      g('clearlyInInterest', 's.17(a)'), // check
      g('requiredByLaw', 's.17(b)'), // check
      g('investigation', 's.17(d)'), // check
      g('publiclyAvailable', 's.17(e)'), // check
      g('honourOrAward', 's.17(f)'), // check
      g('debtCollection', 's.17(i)'), // check
      g('employment', 's.18'), // check
    ],
    // s.20 (and s.21, s.22).
    disclose: [
      g('clearlyInInterest', 's.20(a)'), // check
      g('requiredByLaw', 's.20(b)'), // check
      g('toPublicBody', 's.20(c)'), // check
      g('courtOrder', 's.20(e)'), // check
      g('lawEnforcement', 's.20(f)'), // check
      g('emergency', 's.20(g)'), // check
      g('nextOfKin', 's.20(h)'), // check
      g('publiclyAvailable', 's.20(j)'), // check
      g('investigation', 's.20(m)'), // check: investigation or legal proceeding
      g('employment', 's.21'), // check
      g('businessTransaction', 's.22'), // check
    ],
  },
  QC: {
    // s.6: collection from a third person without the person's consent (as amended 2021, c.25).
    collect: [
      g('requiredByLaw', 's.6'), // check: "if the law so authorizes"
      g('clearlyInInterest', 's.6(1)'), // check: serious and legitimate reason; cannot be collected from them in due time
      g('accuracy', 's.6(2)'), // check
    ],
    // s.12, second paragraph (in force 22 September 2023).
    use: [
      g('consistentPurpose', 's.12(1)'), // check
      g('clearlyInInterest', 's.12(2)'), // check
      g('fraudPrevention', 's.12(3)'), // check: also assessing and improving security measures
      g('serviceRequested', 's.12(4)'), // check
      g('research', 's.12(5)'), // check: de-identified information only
    ],
    // s.18 and ss.18.1–18.4.
    disclose: [
      g('lawyer', 's.18(1)'),
      g('prosecutor', 's.18(2)'),
      g('lawEnforcement', 's.18(3)'),
      g('requiredByLaw', 's.18(4)'), // under an Act applicable in Québec or a collective agreement
      g('toPublicBody', 's.18(5)'),
      g('courtOrder', 's.18(6)'), // a person or body with the power to compel communication
      g('emergency', 's.18(7)'), // check: amended since the version read
      g('research', 's.18(8)'), // check: ss.21–21.0.2 since 2023
      g('debtCollection', 's.18(9.1)'), // the recovery of a claim of the enterprise
      g('archives', 's.18.2, para. 1'),
      g('oldRecord', 's.18.2, para. 2'), // 100 years, or 30 years after death (health: 100 years)
      g('businessTransaction', 's.18.4'), // check
    ],
  },
};

export function groundsFor(regime: Regime, act: WithoutConsentAct): readonly WithoutConsentGround[] {
  return GROUNDS[regime][act];
}

export function withoutConsentGround(regime: Regime, act: WithoutConsentAct, groundId: string): WithoutConsentGround | undefined {
  return GROUNDS[regime][act].find((ground) => ground.id === groundId);
}

export function isGroundAllowed(regime: Regime, act: WithoutConsentAct, groundId: string): boolean {
  return withoutConsentGround(regime, act, groundId) !== undefined;
}

/** The i18n key of a ground's label. */
export function groundLabelKey(groundId: string): string {
  return `withoutConsent.grounds.${groundId}`;
}
