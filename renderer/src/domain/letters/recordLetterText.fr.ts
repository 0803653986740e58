// Les lettres relatives au consentement et aux rectifications, en français (usage canadien) : mêmes
// conventions que text.fr.ts (espace insécable avant le deux-points, « art. » pour article).
import type { RecordLetterText } from './recordLetterText';

export const RECORD_LETTER_TEXT_FR: RecordLetterText = {
  language: 'fr',
  subject: {
    consentWithdrawal: 'Confirmation du retrait de votre consentement',
    correctionAcknowledgement: 'Accusé de réception de votre demande de rectification de vos renseignements personnels',
    corrected: 'Votre demande de rectification de vos renseignements personnels — renseignements rectifiés',
    notCorrected: 'Votre demande de rectification de vos renseignements personnels — renseignements non rectifiés',
    correctionNotice: 'Rectification de renseignements personnels que nous vous avons communiqués',
  },
  title: {
    consentWithdrawal: 'Retrait du consentement',
    correctionAcknowledgement: 'Accusé de réception d’une demande de rectification',
    corrected: 'Rectification effectuée',
    notCorrected: 'Rectification refusée',
    correctionNotice: 'Avis de rectification',
  },
  salutationOrganisation: 'Madame, Monsieur,',
  closingNote: 'Pour toute question, n’hésitez pas à communiquer avec moi en mentionnant la référence ci-dessus.',

  fields: {
    noticeReceived: 'Date de l’avis',
    how: 'Moyen utilisé',
    effectiveFrom: 'Prise d’effet',
    whatIsWrong: 'Erreur signalée',
    correctionAsked: 'Rectification demandée',
    dueBy: 'Date limite de notre réponse',
    decidedOn: 'Date de notre décision',
    annotation: 'Mention au dossier',
    individual: 'Personne concernée',
    correctedOn: 'Date de la rectification',
    disclosedOn: 'Date de la communication',
    informationDisclosed: 'Renseignements communiqués',
  },
  headings: {
    purposesStopping: 'Fins pour lesquelles nous cesserons',
    consequences: 'Conséquences pour vous',
    continuing: 'Utilisations qui doivent se poursuivre',
    whatChanged: 'Ce que nous avons rectifié',
    reasons: 'Nos motifs',
    recipientsNotified: 'Organisations que nous informons',
    correctedInformation: 'Les renseignements rectifiés',
  },

  consent: {
    opening: 'Nous avons reçu votre avis de retrait du consentement que vous nous aviez donné pour la collecte, l’utilisation et la communication de vos renseignements personnels aux fins énumérées ci-dessous. La présente confirme ce retrait et vous en explique les conséquences.',
    how: { written: 'Par écrit', oral: 'Verbalement', electronic: 'Par voie électronique' },
    stops: ({ from, cite }) => `À compter du ${from}, nous cesserons de recueillir, d’utiliser et de communiquer vos renseignements personnels à ces fins${cite}.`,
    consequencesIntro: ({ cite }) => `La loi nous oblige à vous informer des conséquences probables du retrait de votre consentement${cite}\u00a0:`,
    legalObligation: ({ cite }) =>
      `Le retrait du consentement ne peut faire obstacle à une utilisation de vos renseignements qu’exige une obligation légale${cite}. Nous poursuivrons donc les utilisations suivantes, uniquement dans la mesure requise par cette obligation\u00a0:`,
    continuingItem: ({ use, obligation }) => `${use} — ${obligation}`,
  },
  correction: {
    ackOpening: 'Nous vous remercions de votre demande de rectification de vos renseignements personnels. La présente confirme que nous l’avons reçue.',
    right: ({ cite }) => `La loi vous donne le droit de nous demander de rectifier une erreur ou une omission dans les renseignements personnels que nous détenons sur vous${cite}.`,
    dueBy: ({ due, cite }) => `Nous vous répondrons au plus tard le ${due}${cite}.`,
    noDue: 'Nous vous répondrons dans les meilleurs délais.',
    nextSteps: 'Nous examinerons les renseignements et votre demande. Si nous les rectifions, nous vous indiquerons ce que nous avons modifié. Sinon, nous inscrirons à votre dossier la rectification que vous avez demandée et vous expliquerons notre décision.',
    outcomeOpening: 'Nous avons terminé l’examen de votre demande de rectification de vos renseignements personnels. La présente vous explique notre décision.',
    corrected: ({ cite }) => `Nous avons rectifié vos renseignements personnels comme il est indiqué ci-dessous${cite}.`,
    recipientsNotified: ({ cite }) => `Nous transmettons les renseignements rectifiés à chaque organisation à laquelle nous les avons communiqués au cours de l’année précédant la rectification${cite}\u00a0:`,
    notCorrected: 'Nous avons décidé de ne pas rectifier les renseignements.',
    annotated: ({ cite }) => `Nous avons inscrit à vos renseignements personnels la rectification que vous avez demandée, afin que toute personne qui les consulte prenne connaissance de votre demande${cite}.`,
    noticeOpening: ({ cite }) =>
      `Nous avons rectifié des renseignements personnels concernant la personne nommée ci-dessous, que nous vous avions communiqués. La loi nous oblige à vous transmettre les renseignements rectifiés${cite}.`,
    pleaseUpdate: 'Nous vous prions de rectifier ces renseignements dans vos dossiers et d’utiliser désormais les renseignements rectifiés.',
  },
};
