// The oversight body named in letters: where a person complains about an extension or a fee, or asks
// for a review of a refusal. One record per regime; the officer may correct any of it in settings
// (addresses and numbers change), so letters take an override and fall back to these defaults.
//
// Sources (shared/law.md, "Commissioners"): OPC and CAI addresses and toll-free numbers as law.md
// gives them; the BC address and phone and the Alberta address are marked "check" there and were not
// confirmed against the offices' own contact pages for this release. The local phone numbers of the
// OPC, Alberta and CAI offices and the BC toll-free route (Service BC) are the offices' published
// numbers as we know them; each line below says which.
import type { LetterLanguage } from './accessRequest';
import type { Regime } from './regime';

export type Bilingual = Record<LetterLanguage, string>;

export interface Commissioner {
  name: Bilingual;
  /** Postal address, one line per array item, as it should print in each language. */
  address: Record<LetterLanguage, string[]>;
  phone: string;
  tollFree?: string;
  /** How the toll-free number works when it is not a direct line (BC: through Service BC). */
  tollFreeNote?: Bilingual;
}

export const DEFAULT_COMMISSIONERS: Record<Regime, Commissioner> = {
  PIPEDA: {
    name: {
      en: 'Office of the Privacy Commissioner of Canada',
      fr: 'Commissariat à la protection de la vie privée du Canada',
    },
    // law.md: confirmed address and toll-free number.
    address: {
      en: ['30 Victoria Street', 'Gatineau, Quebec  K1A 1H3'],
      fr: ['30, rue Victoria', 'Gatineau (Québec)  K1A 1H3'],
    },
    phone: '819-994-5444', // published main line (not in law.md)
    tollFree: '1-800-282-1376',
  },
  BC_PIPA: {
    name: {
      en: 'Office of the Information and Privacy Commissioner for British Columbia',
      fr: 'Commissariat à l’information et à la protection de la vie privée de la Colombie-Britannique',
    },
    // law.md: "check". The office's mailing address; its street office is in Victoria as well.
    address: {
      en: ['PO Box 9038, Stn. Prov. Govt.', 'Victoria, BC  V8W 9A4'],
      fr: ['C.P. 9038, succ. Prov. Govt.', 'Victoria (Colombie-Britannique)  V8W 9A4'],
    },
    phone: '250-387-5629',
    tollFree: '1-800-663-7867',
    tollFreeNote: {
      en: 'through Service BC; ask to be transferred to the Commissioner’s office',
      fr: 'par Service BC; demandez à être transféré au bureau du commissaire',
    },
  },
  AB_PIPA: {
    name: {
      en: 'Office of the Information and Privacy Commissioner of Alberta',
      fr: 'Commissariat à l’information et à la protection de la vie privée de l’Alberta',
    },
    // law.md: address "check"; toll-free number as given there.
    address: {
      en: ['410, 9925 - 109 Street NW', 'Edmonton, AB  T5K 2J8'],
      fr: ['9925, 109e Rue N.-O., bureau 410', 'Edmonton (Alberta)  T5K 2J8'],
    },
    phone: '780-422-6860', // published main line (not in law.md)
    tollFree: '1-888-878-4044',
  },
  QC: {
    name: {
      en: 'Commission d’accès à l’information du Québec',
      fr: 'Commission d’accès à l’information du Québec',
    },
    // law.md: confirmed Québec City office and toll-free number.
    address: {
      en: ['525 René-Lévesque Blvd. East, Suite 2.36', 'Québec, Quebec  G1R 5S9'],
      fr: ['525, boulevard René-Lévesque Est, bureau 2.36', 'Québec (Québec)  G1R 5S9'],
    },
    phone: '418-528-7741', // published main line (not in law.md)
    tollFree: '1-888-528-7741',
  },
};

/** The commissioner a letter names: the officer's correction in settings, if any, else the default. */
export function commissionerFor(regime: Regime, override?: Commissioner): Commissioner {
  return override ?? DEFAULT_COMMISSIONERS[regime];
}
