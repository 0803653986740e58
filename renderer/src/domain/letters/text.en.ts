// The access-request letters in English (Canadian usage). Statutory sentences state the rule and
// end with its citation; the defaults of the editable paragraphs are plain and short.
import { NBSP, localizeProvision } from './format';
import type { LetterText } from './letterText';

export const LETTER_TEXT_EN: LetterText = {
  language: 'en',
  act: {
    PIPEDA: { full: 'Personal Information Protection and Electronic Documents Act (PIPEDA)', short: 'PIPEDA' },
    BC_PIPA: { full: 'Personal Information Protection Act of British Columbia (PIPA)', short: 'PIPA' },
    AB_PIPA: { full: 'Personal Information Protection Act of Alberta (PIPA)', short: 'PIPA' },
    QC: { full: 'Act respecting the protection of personal information in the private sector (CQLR, c. P-39.1)', short: 'P-39.1' },
  },
  citation: (actShort, provision) => `${actShort}, ${localizeProvision(provision, 'en')}`,

  dateLine: (date) => date,
  labels: { reference: 'Our reference', subject: 'Subject', byEmail: 'By email', telephone: 'Telephone', tollFree: 'Toll-free', email: 'Email' },
  salutation: (name) => `Dear ${name},`,
  closing: 'Sincerely,',
  confidentiality: 'CONFIDENTIAL — This letter contains personal information. If you received it in error, please tell us and destroy it.',
  pageLabel: (page, pages) => `Page ${page} of ${pages}`,
  continuation: (reference, name) => `${reference} — ${name} (continued)`,
  subject: {
    acknowledgement: 'Acknowledgement of your request for access to your personal information',
    feeEstimate: 'Fee estimate for your access request — your direction is needed',
    extensionNotice: 'Extension of the time limit to respond to your access request',
    response: 'Response to your request for access to your personal information',
    refusal: 'Response to your access request — access refused in part',
    refusalInFull: 'Response to your access request — access refused',
  },
  title: {
    acknowledgement: 'Acknowledgement of receipt',
    feeEstimate: 'Fee estimate',
    extensionNotice: 'Notice of extension',
    response: 'Response to an access request',
    refusal: 'Refusal in part',
    refusalInFull: 'Refusal',
  },

  paragraphLabel: {
    opening: 'Opening paragraph',
    nextSteps: 'Note on next steps',
    alternative: 'Alternative offered',
    closingNote: 'Closing note',
  },
  defaults: {
    opening: {
      acknowledgement: 'Thank you for your request for access to your personal information. This letter confirms that we have received it and explains what happens next.',
      feeEstimate: 'We are processing your request for access to your personal information. Before we go further, we must tell you about the fee that would apply and ask how you wish to proceed.',
      extensionNotice: 'We are writing about your request for access to your personal information. We need more time to respond; this letter explains why and tells you when to expect our response.',
      response: 'We have completed our work on your request for access to your personal information. This letter explains what we are providing and how your information has been used and disclosed.',
      refusal: 'We have completed our work on your request for access to your personal information. This letter explains our decision.',
    },
    nextSteps: 'If we need more details to find the information you asked for, or to confirm your identity, we will contact you.',
    alternative: 'If another form of access would help you — for example, a summary of the information, or seeing it with some parts masked — please contact us and we will consider it.',
    closingNote: 'If you have any questions about your request, please contact me and quote the reference above.',
  },

  fields: {
    received: 'Date received',
    requested: 'What you asked for',
    law: 'Law that applies',
    dueBy: 'Our response is due by',
    estimate: 'Estimated fee',
    basis: 'What the fee covers',
    deposit: 'Deposit requested',
    originalDue: 'Original due date',
    newDue: 'New due date',
    ground: 'Ground for the extension',
    reasons: 'Our reasons',
    permission: 'Commissioner’s permission',
    caiApplied: 'Our application to the Commission',
    caiDecided: 'Commission’s decision',
  },
  headings: {
    nextSteps: 'What happens next',
    whatWeNeed: 'What we need from you',
    complain: 'Your right to complain',
    enclosed: 'What is enclosed',
    uses: 'How your information has been and is being used',
    disclosedTo: 'To whom your information has been disclosed',
    annotations: 'Corrections you asked for that we did not make',
    withheld: 'Information withheld',
    provided: 'Information provided',
    alternative: 'Alternative offered',
    questions: 'Questions about this decision',
    review: 'Your right to a review',
  },

  ack: {
    responseTime: ({ days, due, businessDays, cite }) =>
      `We must respond within ${days} days after receiving your request${businessDays ? ' (the Act does not count Saturdays or holidays as days)' : ''}, that is, by ${due} at the latest (${cite}).`,
    deemedRefusal: ({ cite, commissioner }) =>
      `If we do not respond within this time, the law treats your request as refused (${cite}), and you may turn to the ${commissioner}.`,
    lateComplaint: ({ commissioner }) => `If we do not respond by then, you may complain to the ${commissioner}.`,
    nextSteps: (extension) =>
      extension === 'office'
        ? 'We will search our records and send you our response by that date. If we need more time and the Act allows it, we will write to you before that date with the new date and our reasons.'
        : 'We will search our records and send you our response by that date. If we need more time, we may ask the Commission d’accès à l’information, before that date, to extend it; only the Commission can grant an extension, and we will write to you if it does.',
    feeRule: {
      PIPEDA: ({ cite }) => `We will not charge you any fee unless we first tell you the approximate cost and you confirm that you wish to proceed; access is given at minimal or no cost (${cite}; Sch.${NBSP}1, cl.${NBSP}4.9.4).`,
      BC_PIPA: ({ cite }) => `We may charge only a minimal fee, and none for employee personal information; before charging any fee we will send you a written estimate (${cite}).`,
      AB_PIPA: ({ cite }) => `We may charge a reasonable fee for access, and none for personal employee information; before charging any fee we will send you a written estimate and ask whether you wish to proceed (${cite}).`,
      QC: ({ cite }) => `Access is free of charge; only a reasonable charge for transcribing, reproducing or sending the information may be asked, and we will tell you the amount beforehand (${cite}).`,
    },
  },
  fee: {
    law: {
      PIPEDA: ({ cite }) => `We may charge a fee only after telling you its approximate cost, and only if you then tell us that you are not withdrawing your request (${cite}). Access must be given at minimal or no cost (Sch.${NBSP}1, cl.${NBSP}4.9.4).`,
      BC_PIPA: ({ cite }) => `The Act allows only a minimal fee, and no fee for access to employee personal information. We must give you this written estimate before providing the service, and we may ask for a deposit (${cite}).`,
      AB_PIPA: ({ cite }) => `The Act allows a reasonable fee for access to your personal information, and no fee for access to personal employee information. It requires us to give you a written estimate before providing the service (${cite}).`,
      QC: ({ cite }) => `Access to your personal information is free of charge. The Act allows only a reasonable charge for the transcription, reproduction or transmission of the information, which we must tell you in advance (${cite}).`,
    },
    bases: {
      transcription: 'transcription of the information',
      reproduction: 'reproduction (copies) of the information',
      transmission: 'transmission (sending) of the information',
    },
    noFeeUnlessConfirmed: 'No fee will be charged unless you confirm that you want us to proceed.',
    howToAnswer: ({ email, reference }) =>
      `Please tell us in writing whether you want us to proceed at this cost or whether you withdraw your request. You may write to us at the address above or by email to ${email}, quoting reference ${reference}.`,
    deposit: ({ deposit }) => `If you decide to proceed, please include the deposit of ${deposit}; the balance is payable when we give you access.`,
    mayWithdraw: 'You may withdraw your request at any time. You may also narrow it to less information, which may cost less.',
    complaint: ({ commissioner }) => `If you believe this fee is not allowed or is too high, you may complain to the ${commissioner}:`,
  },
  extension: {
    extended: ({ cite }) => `We are extending the time limit for our response, as the Act allows (${cite}).`,
    willRespond: ({ newDue }) => `We will respond to your request by ${newDue} at the latest.`,
    ground: {
      interference: 'Meeting the original time limit would unreasonably interfere with our activities.',
      consultation: 'We must consult others before we can respond, which makes the original time limit impracticable.',
      insufficientDetail: 'The request does not give enough detail for us to identify the information asked for.',
      largeVolume: 'A large amount of information is requested or must be searched, and meeting the original time limit would unreasonably interfere with our operations.',
      alternativeFormat: 'We need time to convert the information into the alternative format you asked for.',
    },
    complaint: {
      PIPEDA: ({ cite, commissioner }) => `You have the right to make a complaint about this extension to the ${commissioner} (${cite}).`,
      // s.31(2)(c): the notice states both the right to complain and the right to ask for an order under
      // s.52(3)(b), which confirms or reduces the extension (wording of (b) from a secondary source: check).
      BC_PIPA: ({ cite, commissioner }) =>
        `You have the right to complain about this extension to the ${commissioner}, and to ask the commissioner for an order confirming or reducing the extension (${cite}; ${localizeProvision('s.52(3)(b)', 'en')}).`,
      AB_PIPA: ({ cite, commissioner }) => `You have the right to complain about this extension to the ${commissioner} and to ask for it to be reviewed (${cite}).`,
    },
    cai: {
      granted: ({ cite, applied, decided }) =>
        `On ${applied} we applied to the Commission d’accès à l’information to extend the time to respond to your request. On ${decided} the Commission granted the extension (${cite}).`,
      remedies: ({ deemed, commissioner, review, limit, limitCite }) =>
        `If we do not respond by the new date, your request will be deemed refused (${deemed}). If your request is refused, in whole or in part, or deemed refused, you may apply to the ${commissioner} for the examination of the disagreement (${review}) within ${limit} of the refusal (${limitCite}).`,
    },
  },
  response: {
    fullAccess: 'We are giving you access to the personal information about you that we hold and that you asked for.',
    nothingEnclosed: 'Nothing is enclosed with this letter.',
    itemsIntro: 'The information we are giving you:',
    rightsBasis: {
      PIPEDA: ({ cite }) => `The law gives you the right to your personal information, to an account of how it has been and is being used, and to a list of the organizations to which it has been disclosed (${cite}).`,
      BC_PIPA: ({ cite }) => `The law gives you the right to your personal information, to how it has been and is being used, and to the names of the individuals and organizations to whom it has been disclosed (${cite}).`,
      AB_PIPA: ({ cite }) => `The law gives you the right to your personal information, to the purposes for which it has been and is being used, and to the names of the persons to whom it has been disclosed (${cite}).`,
      QC: ({ cite }) => `The law gives you the right to confirmation that we hold a file on you and to the personal information in it (${cite}).`,
    },
    correction: ({ cite }) => `If you believe any of this information is inaccurate or incomplete, you may ask us in writing to correct it (${cite}).`,
    annotationsIntro: 'Your information is kept with the corrections you asked for that we did not make:',
    annotation: ({ reference, requestedOn, decidedOn, text }) => `${text} (asked for on ${requestedOn}, our reference ${reference}; not made, noted on ${decidedOn})`,
    notSatisfied: ({ commissioner, phone, tollFree }) =>
      `If you are not satisfied with our response, you may contact the ${commissioner} at ${phone}${tollFree ? ` or toll-free at ${tollFree}` : ''}.`,
  },
  refusal: {
    partial: ({ act }) => `We are giving you access to part of the information you asked for. We have withheld the information listed below, for the reasons and under the provisions of the ${act} shown.`,
    full: ({ act }) => `We are refusing access to the information you asked for, for the reasons and under the provisions of the ${act} shown below.`,
    columns: { item: 'Information withheld', reason: 'Reason', provision: 'Provision' },
    contentRequired: ({ cite }) => `This letter gives the reasons for our decision and the recourse open to you, as the law requires (${cite}).`,
    contact: ({ name, title }) => `${name}, ${title}, can answer your questions about this decision:`,
    review: {
      PIPEDA: ({ commissioner, review, limit, limitCite }) =>
        `You may file a written complaint about this refusal with the ${commissioner} (${review}). A complaint about a refusal must be filed within ${limit} after the refusal, or within any longer period the Commissioner allows (${limitCite}). After the Commissioner’s report, you may also apply to the Federal Court (PIPEDA, s.14).`,
      BC_PIPA: ({ commissioner, review, limit, limitCite }) =>
        `You may ask the ${commissioner} to review this decision (${review}). Your written request for a review must be delivered to the Commissioner within ${limit} after you are notified of this decision (${limitCite}).`,
      AB_PIPA: ({ commissioner, review, limit, limitCite }) =>
        `You may ask the ${commissioner} to review this decision (${review}). Your written request for a review must be delivered to the Commissioner within ${limit} after you are notified of this decision (${limitCite}).`,
      QC: ({ commissioner, review, limit, limitCite }) =>
        `You may apply to the ${commissioner} for the examination of this disagreement (${review}). Your application must be made within ${limit} of this refusal (${limitCite}).`,
    },
    limit: (count, unit) => `${count} ${unit === 'days' ? 'days' : 'months'}`,
    assist: ({ cite }) => `If you ask, we will help you understand this refusal (${cite}).`,
    retention: ({ cite }) => `We will keep the information you asked for as long as necessary for you to use any recourse you have (${cite}).`,
  },
};
