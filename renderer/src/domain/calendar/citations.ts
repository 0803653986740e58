// The citations and notes behind every deadline rule, in English and French. Each note says which
// reading of the statute the code follows where the text is unclear, and whether the text was read
// in its consolidated form ("confirmed") or from secondary sources ("check").
import type { ExtensionGround, RuleCitation } from '../deadlines';
import type { Regime } from '../regime';

const PIPEDA_ACT = 'Personal Information Protection and Electronic Documents Act (Canada)';
const BC_ACT = 'Personal Information Protection Act (British Columbia)';
const AB_ACT = 'Personal Information Protection Act (Alberta)';
const QC_ACT = 'Act respecting the protection of personal information in the private sector (Quebec), CQLR c P-39.1';

// Results share these objects, so a caller cannot change the law for every later deadline.
function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}

export const RESPONSE_RULES: Record<Regime, RuleCitation> = deepFreeze({
  PIPEDA: {
    act: PIPEDA_ACT,
    section: 's.8(3); Interpretation Act (Canada) ss.26, 27(2), 35(1) "holiday"',
    note: {
      en: '30 calendar days after receipt: the day of receipt is not counted, the 30th day is (Interpretation Act s.27). If the 30th day is a holiday, the deadline moves to the next day that is not a holiday (s.26). Holidays are the federal list in s.35(1): Sundays, New Year\'s Day, Good Friday, Easter Monday, Victoria Day, Canada Day (2 July when 1 July is a Sunday, Holidays Act s.2(2)), Labour Day, 30 September (from 2021), Thanksgiving, Remembrance Day and Christmas Day. Saturday and 26 December are not holidays (federal access-to-information practice also moves a deadline off a Saturday; the Act does not, so neither does Custodian), and a holiday falling on a Sunday does not make the Monday one. Reading chosen: paragraphs (a) and (b) of the definition add provincial public holidays, non-juridical days and civic holidays "in" a province or municipality; since it is unclear which place governs an organization\'s reply and such days can only make a deadline later, they are not applied (24 June, Family Day, BC Day and 26 December never extend a PIPEDA deadline). Status: confirmed from the consolidated text.',
      fr: '30 jours civils après la réception : le jour de la réception n\'est pas compté, le 30e l\'est (Loi d\'interprétation, art. 27). Si le 30e jour est férié, l\'échéance est reportée au premier jour suivant qui n\'est pas férié (art. 26). Les jours fériés sont ceux de la liste fédérale du par. 35(1) : les dimanches, le jour de l\'An, le Vendredi saint, le lundi de Pâques, la fête de Victoria, la fête du Canada (le 2 juillet lorsque le 1er juillet tombe un dimanche, Loi instituant des jours de fête légale, par. 2(2)), la fête du Travail, le 30 septembre (depuis 2021), l\'Action de grâces, le jour du Souvenir et Noël. Le samedi et le 26 décembre ne sont pas fériés (la pratique fédérale en matière d\'accès à l\'information reporte aussi une échéance tombant un samedi; la Loi ne le fait pas, Custodian non plus), et un jour férié qui tombe un dimanche ne rend pas le lundi férié. Interprétation retenue : les alinéas a) et b) de la définition ajoutent les jours fériés provinciaux, les jours non juridiques et les congés municipaux « dans » une province ou une municipalité; comme on ne sait pas quel lieu régit la réponse de l\'organisation et que ces jours ne peuvent que retarder l\'échéance, ils ne sont pas appliqués (le 24 juin, la fête de la Famille, le BC Day et le 26 décembre ne prolongent jamais un délai de la LPRPDE). Statut : confirmé dans le texte codifié.',
    },
  },
  BC_PIPA: {
    act: BC_ACT,
    section: 's.29(1); s.1 "day"; Interpretation Act (British Columbia) ss.25, 29 "holiday"',
    note: {
      en: '30 days after receipt, where a "day" does not include a Saturday or a holiday (PIPA s.1): business days. The day of receipt is not counted; if it is a Saturday or a holiday, counting starts with the next day that is a "day". Holidays are those of s.29 of the BC Interpretation Act: Sundays, New Year\'s Day, Family Day, Good Friday, Easter Monday, Victoria Day, Canada Day (and 2 July when 1 July is a Sunday), British Columbia Day, Labour Day, National Day for Truth and Reconciliation (30 September, from 2023), Thanksgiving, Remembrance Day, Christmas Day and 26 December. Easter Monday and 26 December count although they are not employment-standards holidays. A holiday falling on a weekend is not moved to a weekday. Readings chosen: Family Day and 30 September come in through para (d) of the definition (days set by the Legislature as public holidays); 30 September 2021 and 2022, before BC\'s 2023 legislation, are counted as ordinary days because their status is doubtful. Status: PIPA s.1 confirmed; the s.29 list taken from secondary sources quoting it (check against the current consolidation).',
      fr: '30 jours après la réception, le « jour » excluant le samedi et les jours fériés (PIPA, art. 1) : des jours ouvrables. Le jour de la réception n\'est pas compté; si c\'est un samedi ou un jour férié, le décompte commence au premier « jour » suivant. Les jours fériés sont ceux de l\'art. 29 de l\'Interpretation Act de la Colombie-Britannique : les dimanches, le jour de l\'An, la fête de la Famille, le Vendredi saint, le lundi de Pâques, la fête de Victoria, la fête du Canada (et le 2 juillet lorsque le 1er juillet tombe un dimanche), le British Columbia Day, la fête du Travail, la Journée nationale de la vérité et de la réconciliation (30 septembre, depuis 2023), l\'Action de grâces, le jour du Souvenir, Noël et le 26 décembre. Le lundi de Pâques et le 26 décembre comptent même s\'ils ne sont pas fériés au sens des normes du travail. Un jour férié qui tombe une fin de semaine n\'est pas reporté. Interprétation retenue : la fête de la Famille et le 30 septembre relèvent de l\'alinéa d) de la définition (jours fixés par la Législature comme jours fériés); les 30 septembre 2021 et 2022, antérieurs à la loi de 2023, comptent comme des jours ordinaires parce que leur statut est douteux. Statut : art. 1 de la PIPA confirmé; liste de l\'art. 29 tirée de sources secondaires (à vérifier dans la codification à jour).',
    },
  },
  AB_PIPA: {
    act: AB_ACT,
    section: 's.28(1); Interpretation Act (Alberta) ss.22, 28(1) "holiday"',
    note: {
      en: '45 calendar days after receipt; the day of receipt is not counted (Alberta Interpretation Act s.22). If the 45th day is a holiday, the deadline moves to the next day that is not a holiday (s.22). Reading chosen: the s.28(1) definition of "holiday" could not be read in its official text, so only days that are certainly holidays are applied: Sundays, New Year\'s Day, Alberta Family Day, Good Friday, Victoria Day, Canada Day (and 2 July when 1 July is a Sunday), Labour Day, Thanksgiving, Remembrance Day and Christmas Day. Easter Monday, Heritage Day, 26 December and 30 September are treated as ordinary days, which can make a deadline earlier, never later. The s.22 rule for an office that is not open is not applied: office closures never extend a deadline. Status: check against the current consolidation.',
      fr: '45 jours civils après la réception; le jour de la réception n\'est pas compté (Interpretation Act de l\'Alberta, art. 22). Si le 45e jour est férié, l\'échéance est reportée au premier jour suivant qui n\'est pas férié (art. 22). Interprétation retenue : la définition de « holiday » du par. 28(1) n\'a pas pu être lue dans son texte officiel; seuls les jours certainement fériés sont donc appliqués : les dimanches, le jour de l\'An, la fête de la Famille de l\'Alberta, le Vendredi saint, la fête de Victoria, la fête du Canada (et le 2 juillet lorsque le 1er juillet tombe un dimanche), la fête du Travail, l\'Action de grâces, le jour du Souvenir et Noël. Le lundi de Pâques, le Heritage Day, le 26 décembre et le 30 septembre sont traités comme des jours ordinaires, ce qui peut avancer une échéance, jamais la retarder. La règle de l\'art. 22 visant un bureau fermé n\'est pas appliquée : les fermetures du bureau ne prolongent jamais un délai. Statut : à vérifier dans la codification à jour.',
    },
  },
  QC: {
    act: QC_ACT,
    section: 's.32; Interpretation Act (Quebec), CQLR c I-16, ss.52, 61(23)',
    note: {
      en: '30 calendar days after the request is received (s.32); the day of receipt is not counted. If the 30th day is a holiday, the deadline moves to the next day (Interpretation Act s.52). Holidays (s.61(23)): Sundays, 1 January, Good Friday, Easter Monday, the day fixed for the Sovereign\'s birthday (para (i): the Monday preceding 25 May, observed in Quebec as the Journée nationale des patriotes), 24 June, 1 July (2 July when the 1st is a Sunday), the first Monday of September, the second Monday of October and 25 December. Readings chosen: s.52 moves the deadline to the next "working day" (jour ouvrable); Saturday is not a holiday, so a deadline moved off a Friday holiday lands on the Saturday. 2 January and 26 December, non-juridical days of the Code of Civil Procedure, are not Interpretation Act holidays. No response within the time is a deemed refusal (s.32). Status: s.52 and s.61(23) read from a verbatim copy (check against the official text).',
      fr: '30 jours civils après la réception de la demande (art. 32); le jour de la réception n\'est pas compté. Si le 30e jour est férié, le délai est prolongé au jour suivant (Loi d\'interprétation, art. 52). Jours fériés (art. 61, par. 23) : les dimanches, le 1er janvier, le Vendredi saint, le lundi de Pâques, le jour fixé pour célébrer l\'anniversaire du Souverain (sous-par. i : le lundi qui précède le 25 mai, soit la Journée nationale des patriotes), le 24 juin, le 1er juillet (le 2 juillet si le 1er tombe un dimanche), le premier lundi de septembre, le deuxième lundi d\'octobre et le 25 décembre. Interprétation retenue : l\'art. 52 reporte le délai au « jour ouvrable » suivant; le samedi n\'étant pas férié, une échéance reportée d\'un vendredi férié tombe le samedi. Les 2 janvier et 26 décembre, jours non juridiques du Code de procédure civile, ne sont pas fériés au sens de la Loi d\'interprétation. L\'absence de réponse dans le délai équivaut à un refus (art. 32). Statut : art. 52 et par. 23 de l\'art. 61 lus dans une copie textuelle (à vérifier dans le texte officiel).',
    },
  },
});

// P-39.1 s.46 as amended by 2021, c.25 (law.md, confirmed): the organisation cannot extend the time on
// its own; the Commission may, on an application made within the s.32 limit.
export const QC_CAI_EXTENSION_RULE: RuleCitation = deepFreeze({
  act: QC_ACT,
  section: 's.46; s.32',
  note: {
    en: 'The organization cannot extend the 30-day time limit on its own. Before that limit ends (s.32), it may apply to the Commission d\'accès à l\'information, which may extend the time (s.46, as amended in 2021, c.25). Only an extension the Commission grants moves the due date; while the application is pending, the s.32 date still binds, and without a response by it the request is deemed refused (s.32). An application made after the time limit is refused. Status: confirmed (shared law notes).',
    fr: 'L\'entreprise ne peut pas prolonger elle-même le délai de 30 jours. Avant l\'expiration de ce délai (art. 32), elle peut demander à la Commission d\'accès à l\'information de le prolonger (art. 46, modifié en 2021, c. 25). Seule une prolongation accordée par la Commission reporte l\'échéance; tant que la demande est pendante, la date de l\'art. 32 demeure, et à défaut de réponse dans ce délai la demande est réputée refusée (art. 32). Une demande présentée après l\'expiration du délai est refusée. Statut : confirmé (notes juridiques partagées).',
  },
});

type GroundCitations = Partial<Record<ExtensionGround, RuleCitation>>;

const PIPEDA_NOTICE = {
  en: 'Notice of the extension, with the new time limit, the reasons and the right to complain to the Commissioner, must be sent no later than 30 days after the request (s.8(4)). Status: confirmed from the consolidated text.',
  fr: 'L\'avis de prorogation, avec le nouveau délai, les motifs et le droit de porter plainte au commissaire, doit être envoyé au plus tard 30 jours après la demande (par. 8(4)). Statut : confirmé dans le texte codifié.',
};
const PIPEDA_30 = {
  en: 'Up to 30 more days. Reading chosen: the extended limit is 60 days counted from receipt, with the holiday rule (Interpretation Act s.26) applied once to that date, not first to the original 30th day, as the Treasury Board\'s Access to Information Manual (s.7.1.1) does for the same Interpretation Act rules.',
  fr: 'Jusqu\'à 30 jours de plus. Interprétation retenue : le délai prorogé est de 60 jours à compter de la réception, la règle des jours fériés (Loi d\'interprétation, art. 26) s\'appliquant une seule fois à cette date, et non d\'abord au 30e jour initial, comme le fait le Manuel de l\'accès à l\'information du Conseil du Trésor (section 7.1.1) pour les mêmes règles de la Loi d\'interprétation.',
};

export const EXTENSION_RULES: Record<Exclude<Regime, 'QC'>, { rule: RuleCitation; grounds: GroundCitations }> = deepFreeze({
  PIPEDA: {
    rule: { act: PIPEDA_ACT, section: 's.8(4)', note: PIPEDA_NOTICE },
    grounds: {
      interference: {
        act: PIPEDA_ACT,
        section: 's.8(4)(a)(i)',
        note: { en: `Meeting the time limit would unreasonably interfere with the organization's activities. ${PIPEDA_30.en} ${PIPEDA_NOTICE.en}`, fr: `L'observation du délai entraverait gravement l'activité de l'organisation. ${PIPEDA_30.fr} ${PIPEDA_NOTICE.fr}` },
      },
      consultation: {
        act: PIPEDA_ACT,
        section: 's.8(4)(a)(ii)',
        note: { en: `The time needed for the consultations necessary to respond would make the time limit impracticable to meet. ${PIPEDA_30.en} ${PIPEDA_NOTICE.en}`, fr: `Les consultations nécessaires pour donner suite à la demande rendraient pratiquement impossible l'observation du délai. ${PIPEDA_30.fr} ${PIPEDA_NOTICE.fr}` },
      },
      alternativeFormat: {
        act: PIPEDA_ACT,
        section: 's.8(4)(b)',
        note: {
          en: `Conversion of the personal information into an alternative format: for the period necessary, with no fixed cap. The date reported is the original deadline, by which the notice must be sent; the new limit is the one the notice states. ${PIPEDA_NOTICE.en}`,
          fr: `Transfert des renseignements sur un support de substitution : pour la période nécessaire, sans plafond fixe. La date indiquée est l'échéance initiale, avant laquelle l'avis doit être envoyé; le nouveau délai est celui que l'avis précise. ${PIPEDA_NOTICE.fr}`,
        },
      },
    },
  },
  BC_PIPA: extensionRulesFor(
    BC_ACT,
    's.31',
    {
      en: 'Up to an additional 30 days, counted as "days" (business days, s.1) on from the original 30, so 60 days after receipt; longer only with the commissioner\'s permission. The applicant must be told the reason, when a response can be expected, and of the right to complain about the extension (s.31(2)). Reading chosen: the extension must be taken, and notice given, before the original time limit ends. Status: from a copy of the Act (check against the current consolidation).',
      fr: 'Jusqu\'à 30 jours de plus, comptés en « jours » (jours ouvrables, art. 1) à la suite des 30 premiers, soit 60 jours après la réception; davantage seulement avec la permission du commissaire. Le demandeur doit être informé du motif, du moment où une réponse peut être attendue et de son droit de se plaindre de la prorogation (par. 31(2)). Interprétation retenue : la prorogation doit être décidée, et l\'avis donné, avant la fin du délai initial. Statut : d\'après une copie de la Loi (à vérifier dans la codification à jour).',
    },
  ),
  AB_PIPA: extensionRulesFor(
    AB_ACT,
    's.31',
    {
      en: 'Up to an additional 30 days, or longer with the Commissioner\'s permission (s.31(1)). The applicant must be told the reason, when a response can be expected and of the right to ask the Commissioner to review the extension (s.31(2)). Reading chosen: 75 calendar days from receipt, with the holiday rule (Interpretation Act s.22) applied once to that date; the extension must be taken before the original 45 days end. Status: from secondary sources (check against the current consolidation).',
      fr: 'Jusqu\'à 30 jours de plus, ou davantage avec la permission du commissaire (par. 31(1)). Le demandeur doit être informé du motif, du moment où une réponse peut être attendue et de son droit de demander au commissaire d\'examiner la prorogation (par. 31(2)). Interprétation retenue : 75 jours civils après la réception, la règle des jours fériés (Interpretation Act, art. 22) s\'appliquant une fois à cette date; la prorogation doit être décidée avant la fin des 45 jours initiaux. Statut : d\'après des sources secondaires (à vérifier dans la codification à jour).',
    },
  ),
});

function extensionRulesFor(act: string, section: string, common: { en: string; fr: string }): { rule: RuleCitation; grounds: GroundCitations } {
  const ground = (para: string, en: string, fr: string): RuleCitation => ({
    act,
    section: `${section}(1)(${para})`,
    note: { en: `${en} ${common.en}`, fr: `${fr} ${common.fr}` },
  });
  return {
    rule: { act, section: `${section}(1), (2)`, note: common },
    grounds: {
      insufficientDetail: ground('a', 'The applicant does not give enough detail to enable the organization to identify the information requested.', 'Le demandeur ne donne pas assez de précisions pour permettre à l\'organisation de trouver les renseignements demandés.'),
      largeVolume: ground('b', 'A large amount of information is requested or must be searched, and meeting the time limit would unreasonably interfere with the organization\'s operations.', 'Une grande quantité de renseignements est demandée ou doit être examinée, et le respect du délai nuirait indûment aux activités de l\'organisation.'),
      consultation: ground('c', 'More time is needed to consult with another organization or public body before deciding whether to give access.', 'Il faut plus de temps pour consulter une autre organisation ou un organisme public avant de décider de donner accès ou non.'),
    },
  };
}
