// Les lettres relatives aux demandes d’accès, en français (usage canadien) : espace insécable avant
// le deux-points et à l’intérieur des guillemets, dates « 25 novembre 2026 », « art. » pour article.
// Les phrases prévues par la loi se terminent par leur référence; les textes modifiables sont brefs.
import { NBSP, localizeProvision } from './format';
import type { LetterText } from './letterText';

const FEMININE = /^(commission|autorité|direction)\b/i;

/** « au Commissariat… », « à la Commission… », « à l’Office… »: the name may come from settings. */
function toThe(name: string): string {
  if (/^[aeiouhéèêâîôû]/i.test(name)) return `à l’${name}`;
  return FEMININE.test(name) ? `à la ${name}` : `au ${name}`;
}

/** « auprès du Commissariat… », « auprès de la Commission… ». */
function withThe(name: string): string {
  if (/^[aeiouhéèêâîôû]/i.test(name)) return `auprès de l’${name}`;
  return FEMININE.test(name) ? `auprès de la ${name}` : `auprès du ${name}`;
}

const c = `${NBSP}:`;

export const LETTER_TEXT_FR: LetterText = {
  language: 'fr',
  act: {
    PIPEDA: { full: 'Loi sur la protection des renseignements personnels et les documents électroniques (LPRPDE)', short: 'LPRPDE' },
    BC_PIPA: { full: 'Personal Information Protection Act de la Colombie-Britannique (PIPA)', short: 'PIPA' },
    AB_PIPA: { full: 'Personal Information Protection Act de l’Alberta (PIPA)', short: 'PIPA' },
    QC: { full: 'Loi sur la protection des renseignements personnels dans le secteur privé (RLRQ, c. P-39.1)', short: 'Loi sur le privé' },
  },
  citation: (actShort, provision) => `${actShort}, ${localizeProvision(provision, 'fr')}`,

  dateLine: (date) => `Le ${date}`,
  labels: { reference: 'Notre référence', subject: 'Objet', byEmail: 'Par courriel', telephone: 'Téléphone', tollFree: 'Sans frais', email: 'Courriel' },
  salutation: () => 'Madame, Monsieur,',
  closing: 'Veuillez agréer, Madame, Monsieur, l’expression de nos sentiments distingués.',
  confidentiality: 'CONFIDENTIEL — Cette lettre contient des renseignements personnels. Si vous l’avez reçue par erreur, veuillez nous en aviser et la détruire.',
  pageLabel: (page, pages) => `Page ${page} de ${pages}`,
  continuation: (reference, name) => `${reference} — ${name} (suite)`,
  subject: {
    acknowledgement: 'Accusé de réception de votre demande d’accès à vos renseignements personnels',
    feeEstimate: 'Estimation des frais liés à votre demande d’accès — votre réponse est requise',
    extensionNotice: 'Prolongation du délai de réponse à votre demande d’accès',
    response: 'Réponse à votre demande d’accès à vos renseignements personnels',
    refusal: 'Réponse à votre demande d’accès — refus partiel',
    refusalInFull: 'Réponse à votre demande d’accès — refus',
  },
  title: {
    acknowledgement: 'Accusé de réception',
    feeEstimate: 'Estimation des frais',
    extensionNotice: 'Avis de prolongation',
    response: 'Réponse à une demande d’accès',
    refusal: 'Refus partiel',
    refusalInFull: 'Refus',
  },

  paragraphLabel: {
    opening: 'Paragraphe d’introduction',
    nextSteps: 'Note sur les prochaines étapes',
    alternative: 'Solution de rechange proposée',
    closingNote: 'Note de conclusion',
  },
  defaults: {
    opening: {
      acknowledgement: 'Nous vous remercions de votre demande d’accès à vos renseignements personnels. La présente confirme que nous l’avons reçue et vous indique les prochaines étapes.',
      feeEstimate: 'Nous traitons votre demande d’accès à vos renseignements personnels. Avant d’aller plus loin, nous devons vous informer des frais applicables et vous demander comment vous souhaitez procéder.',
      extensionNotice: 'Nous vous écrivons au sujet de votre demande d’accès à vos renseignements personnels. Nous avons besoin de plus de temps pour y répondre; la présente vous en explique les raisons et vous indique quand vous pouvez attendre notre réponse.',
      response: 'Nous avons terminé le traitement de votre demande d’accès à vos renseignements personnels. La présente précise ce que nous vous transmettons et comment vos renseignements ont été utilisés et communiqués.',
      refusal: 'Nous avons terminé le traitement de votre demande d’accès à vos renseignements personnels. La présente vous explique notre décision.',
    },
    nextSteps: 'Si nous avons besoin de précisions pour trouver les renseignements demandés ou pour confirmer votre identité, nous communiquerons avec vous.',
    alternative: 'Si une autre forme d’accès peut vous être utile — par exemple un résumé des renseignements, ou leur consultation avec certaines parties masquées —, veuillez communiquer avec nous et nous l’examinerons.',
    closingNote: 'Pour toute question au sujet de votre demande, n’hésitez pas à communiquer avec moi en mentionnant la référence ci-dessus.',
  },

  fields: {
    received: 'Date de réception',
    requested: 'Objet de votre demande',
    law: 'Loi applicable',
    dueBy: 'Date limite de notre réponse',
    estimate: 'Frais estimés',
    basis: 'Ce que couvrent les frais',
    deposit: 'Acompte demandé',
    originalDue: 'Date limite initiale',
    newDue: 'Nouvelle date limite',
    ground: 'Motif de la prolongation',
    reasons: 'Nos raisons',
    permission: 'Permission du commissaire',
    caiApplied: 'Notre demande à la Commission',
    caiDecided: 'Décision de la Commission',
  },
  headings: {
    nextSteps: 'Prochaines étapes',
    whatWeNeed: 'Ce que nous attendons de vous',
    complain: 'Votre droit de porter plainte',
    enclosed: 'Documents joints',
    uses: 'Utilisation de vos renseignements',
    disclosedTo: 'Destinataires de vos renseignements',
    annotations: 'Rectifications demandées que nous n’avons pas faites',
    withheld: 'Renseignements refusés',
    provided: 'Renseignements transmis',
    alternative: 'Solution de rechange proposée',
    questions: 'Questions sur cette décision',
    review: 'Votre droit de recours',
  },

  ack: {
    responseTime: ({ days, due, businessDays, cite }) =>
      `Nous devons vous répondre dans les ${days}${NBSP}jours suivant la réception de votre demande${businessDays ? ' (la Loi ne compte ni les samedis ni les jours fériés)' : ''}, soit au plus tard le ${due} (${cite}).`,
    deemedRefusal: ({ cite, commissioner }) =>
      `À défaut de réponse dans ce délai, votre demande est réputée refusée (${cite}) et vous pouvez vous adresser ${toThe(commissioner)}.`,
    lateComplaint: ({ commissioner }) => `Si nous ne vous répondons pas d’ici là, vous pouvez porter plainte ${withThe(commissioner)}.`,
    nextSteps: (extension) =>
      extension === 'office'
        ? 'Nous allons rechercher les renseignements dans nos dossiers et vous transmettre notre réponse d’ici cette date. Si nous avons besoin de plus de temps et que la Loi le permet, nous vous écrirons avant cette date pour vous indiquer la nouvelle date et nos raisons.'
        : 'Nous allons rechercher les renseignements dans nos dossiers et vous transmettre notre réponse d’ici cette date. Si nous avons besoin de plus de temps, nous pourrons, avant cette date, demander à la Commission d’accès à l’information de prolonger ce délai; seule la Commission peut accorder une prolongation, et nous vous écrirons si elle le fait.',
    feeRule: {
      PIPEDA: ({ cite }) => `Aucuns frais ne vous seront facturés à moins que nous vous ayons d’abord informé du coût approximatif et que vous ayez confirmé vouloir poursuivre; l’accès est offert à un coût minime ou sans frais (${cite}; annexe${NBSP}1, art.${NBSP}4.9.4).`,
      BC_PIPA: ({ cite }) => `Nous ne pouvons exiger que des frais minimes, et aucuns frais pour des renseignements personnels d’employé; avant d’exiger des frais, nous vous enverrons une estimation écrite (${cite}).`,
      AB_PIPA: ({ cite }) => `Nous pouvons exiger des frais raisonnables pour l’accès, et aucuns frais pour des renseignements personnels d’employé; avant d’en exiger, nous vous enverrons une estimation écrite et vous demanderons si vous souhaitez poursuivre (${cite}).`,
      QC: ({ cite }) => `L’accès est gratuit; seuls des frais raisonnables de transcription, de reproduction ou de transmission peuvent être exigés, et nous vous en indiquerons le montant à l’avance (${cite}).`,
    },
  },
  fee: {
    law: {
      PIPEDA: ({ cite }) => `Nous ne pouvons exiger des frais qu’après vous avoir informé de leur coût approximatif, et seulement si vous nous indiquez ensuite que vous ne retirez pas votre demande (${cite}). L’accès doit être offert à un coût minime ou sans frais (annexe${NBSP}1, art.${NBSP}4.9.4).`,
      BC_PIPA: ({ cite }) => `La Loi ne permet que des frais minimes, et aucuns frais pour l’accès à des renseignements personnels d’employé. Nous devons vous remettre la présente estimation écrite avant de fournir le service, et nous pouvons demander un acompte (${cite}).`,
      AB_PIPA: ({ cite }) => `La Loi permet des frais raisonnables pour l’accès à vos renseignements personnels, et aucuns frais pour l’accès à des renseignements personnels d’employé. Elle nous oblige à vous remettre une estimation écrite avant de fournir le service (${cite}).`,
      QC: ({ cite }) => `L’accès à vos renseignements personnels est gratuit. La Loi ne permet que des frais raisonnables pour la transcription, la reproduction ou la transmission des renseignements, dont nous devons vous informer à l’avance (${cite}).`,
    },
    bases: {
      transcription: 'transcription des renseignements',
      reproduction: 'reproduction (copies) des renseignements',
      transmission: 'transmission (envoi) des renseignements',
    },
    noFeeUnlessConfirmed: 'Aucuns frais ne vous seront facturés à moins que vous confirmiez vouloir que nous poursuivions.',
    howToAnswer: ({ email, reference }) =>
      `Veuillez nous indiquer par écrit si vous souhaitez que nous poursuivions à ce coût ou si vous retirez votre demande. Vous pouvez nous écrire à l’adresse ci-dessus ou par courriel à ${email}, en mentionnant la référence ${reference}.`,
    deposit: ({ deposit }) => `Si vous décidez de poursuivre, veuillez joindre l’acompte de ${deposit}; le solde sera payable au moment où nous vous donnerons accès aux renseignements.`,
    mayWithdraw: 'Vous pouvez retirer votre demande en tout temps. Vous pouvez aussi la limiter à moins de renseignements, ce qui pourrait en réduire le coût.',
    complaint: ({ commissioner }) => `Si vous estimez que ces frais ne sont pas permis ou qu’ils sont trop élevés, vous pouvez porter plainte ${withThe(commissioner)}${c}`,
  },
  extension: {
    extended: ({ cite }) => `Nous prolongeons le délai de notre réponse, comme la Loi le permet (${cite}).`,
    willRespond: ({ newDue }) => `Nous répondrons à votre demande au plus tard le ${newDue}.`,
    ground: {
      // The statute's French for s.8(4)(a)(i): « entraverait gravement l’activité de l’organisation ».
      interference: 'L’observation du délai initial entraverait gravement l’activité de notre organisation.',
      consultation: 'Nous devons mener des consultations avant de répondre, ce qui rend le délai initial pratiquement impossible à respecter.',
      insufficientDetail: 'La demande ne donne pas assez de précisions pour nous permettre de trouver les renseignements demandés.',
      largeVolume: 'Une grande quantité de renseignements est demandée ou doit être examinée, et le respect du délai initial nuirait indûment à nos activités.',
      alternativeFormat: 'Nous avons besoin de temps pour transférer les renseignements sur le support de substitution que vous avez demandé.',
    },
    complaint: {
      PIPEDA: ({ cite, commissioner }) => `Vous avez le droit de porter plainte au sujet de cette prolongation ${withThe(commissioner)} (${cite}).`,
      // s.31(2)(c): the complaint and the order under s.52(3)(b) (wording of (b): check).
      BC_PIPA: ({ cite, commissioner }) =>
        `Vous avez le droit de porter plainte au sujet de cette prolongation ${withThe(commissioner)} et de lui demander de rendre une ordonnance confirmant ou réduisant la prolongation (${cite}; ${localizeProvision('s.52(3)(b)', 'fr')}).`,
      AB_PIPA: ({ cite, commissioner }) => `Vous avez le droit de porter plainte au sujet de cette prolongation ${withThe(commissioner)} et d’en demander l’examen (${cite}).`,
    },
    cai: {
      granted: ({ cite, applied, decided }) =>
        `Le ${applied}, nous avons demandé à la Commission d’accès à l’information de prolonger le délai de réponse à votre demande. Le ${decided}, la Commission a accordé cette prolongation (${cite}).`,
      remedies: ({ deemed, commissioner, review, limit, limitCite }) =>
        `À défaut de réponse à la nouvelle date, votre demande sera réputée refusée (${deemed}). Si votre demande est refusée, en tout ou en partie, ou réputée refusée, vous pouvez soumettre ${toThe(commissioner)} une demande d’examen de mésentente (${review}) dans les ${limit} qui suivent le refus (${limitCite}).`,
    },
  },
  response: {
    fullAccess: 'Nous vous donnons accès aux renseignements personnels vous concernant que nous détenons et que vous avez demandés.',
    nothingEnclosed: 'Aucun document n’est joint à la présente.',
    itemsIntro: `Les renseignements que nous vous transmettons${c}`,
    rightsBasis: {
      PIPEDA: ({ cite }) => `La loi vous donne le droit d’obtenir vos renseignements personnels, d’être informé de l’usage qui en a été et en est fait et de connaître les organisations auxquelles ils ont été communiqués (${cite}).`,
      BC_PIPA: ({ cite }) => `La loi vous donne le droit d’obtenir vos renseignements personnels, de savoir comment ils ont été et sont utilisés et de connaître le nom des personnes et des organisations auxquelles ils ont été communiqués (${cite}).`,
      AB_PIPA: ({ cite }) => `La loi vous donne le droit d’obtenir vos renseignements personnels, de connaître les fins auxquelles ils ont été et sont utilisés et le nom des personnes auxquelles ils ont été communiqués (${cite}).`,
      QC: ({ cite }) => `La loi vous donne le droit de faire confirmer l’existence d’un dossier vous concernant et d’obtenir les renseignements personnels qu’il contient (${cite}).`,
    },
    correction: ({ cite }) => `Si vous estimez que certains de ces renseignements sont inexacts ou incomplets, vous pouvez nous demander par écrit de les rectifier (${cite}).`,
    annotationsIntro: 'Vos renseignements sont conservés avec les rectifications que vous avez demandées et que nous n’avons pas faites :',
    annotation: ({ reference, requestedOn, decidedOn, text }) => `${text} (demandée le ${requestedOn}, notre référence ${reference} ; non faite, notée le ${decidedOn})`,
    notSatisfied: ({ commissioner, phone, tollFree }) =>
      `Si notre réponse ne vous satisfait pas, vous pouvez vous adresser ${toThe(commissioner)}, au ${phone}${tollFree ? ` ou, sans frais, au ${tollFree}` : ''}.`,
  },
  refusal: {
    partial: ({ act }) => `Nous vous donnons accès à une partie des renseignements demandés. Nous avons refusé de communiquer les renseignements énumérés ci-dessous, pour les motifs et en vertu des dispositions de la ${act} indiqués.`,
    full: ({ act }) => `Nous refusons de vous donner accès aux renseignements demandés, pour les motifs et en vertu des dispositions de la ${act} indiqués ci-dessous.`,
    columns: { item: 'Renseignement refusé', reason: 'Motif', provision: 'Disposition' },
    contentRequired: ({ cite }) => `La présente énonce les motifs de notre décision et les recours qui vous sont ouverts, comme l’exige la loi (${cite}).`,
    contact: ({ name, title }) => `${name}, ${title}, peut répondre à vos questions sur cette décision${c}`,
    review: {
      PIPEDA: ({ commissioner, review, limit, limitCite }) =>
        `Vous pouvez déposer une plainte écrite au sujet de ce refus ${withThe(commissioner)} (${review}). La plainte portant sur un refus doit être déposée dans les ${limit} suivant le refus, ou dans le délai supplémentaire que le commissaire peut accorder (${limitCite}). Après le rapport du commissaire, vous pourrez aussi vous adresser à la Cour fédérale (LPRPDE, art.${NBSP}14).`,
      BC_PIPA: ({ commissioner, review, limit, limitCite }) =>
        `Vous pouvez demander ${toThe(commissioner)} de réviser cette décision (${review}). Votre demande de révision écrite doit parvenir au commissaire dans les ${limit} suivant la date où vous avez été avisé de cette décision (${limitCite}).`,
      AB_PIPA: ({ commissioner, review, limit, limitCite }) =>
        `Vous pouvez demander ${toThe(commissioner)} de réviser cette décision (${review}). Votre demande de révision écrite doit parvenir au commissaire dans les ${limit} suivant la date où vous avez été avisé de cette décision (${limitCite}).`,
      QC: ({ commissioner, review, limit, limitCite }) =>
        `Vous pouvez soumettre ${toThe(commissioner)} une demande d’examen de mésentente (${review}). Cette demande doit être présentée dans les ${limit} suivant le présent refus (${limitCite}).`,
    },
    limit: (count, unit) => `${count}${NBSP}${unit === 'days' ? 'jours' : 'mois'}`,
    assist: ({ cite }) => `Sur demande, nous vous aiderons à comprendre ce refus (${cite}).`,
    retention: ({ cite }) => `Nous conserverons les renseignements demandés aussi longtemps que nécessaire pour vous permettre d’épuiser les recours qui vous sont ouverts (${cite}).`,
  },
};
