// One source for every length the app caps. The form, the store and the archive all read these, so
// no value the app accepts can make a later backup fail (issue #13, item 2). Raising a limit is safe;
// lowering one would refuse archives that hold longer values, so never lower one.
export const LIMITS = {
  personName: 100,
  email: 254,
  address: 500,
  externalRef: 100,
  personNotes: 5000,

  informationSought: 5000,
  requestNotes: 10_000,
  identityNote: 500,
  decisionDescription: 1000,
  decisionGround: 1000,
  provision: 100,

  feeBasis: 5000,
  extensionReasons: 10_000,
  commissionerPermission: 5000,
  caiReasons: 10_000,
  caiNote: 5000,
  /** Each of uses, disclosed to, enclosed and alternative in a response. */
  responseText: 10_000,
  /** Each edited paragraph of an issued letter. */
  letterParagraph: 20_000,
  clockStops: 100,

  attachmentName: 500,
  mediaType: 200,
  attachmentDescription: 5000,

  organisationName: 200,
  organisationPhone: 40,
  officerName: 200,
  officerTitle: 200,
} as const;

export type LimitName = keyof typeof LIMITS;
