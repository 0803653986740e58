// The words of the recovery kit, in both languages. Kept beside the layout (not in i18n/*.json)
// because a letter is a document with its own wording, reviewed as a whole.
import type { Language } from '../domain/language';

export interface RecoveryKitText {
  title: string;
  organisation: string;
  created: string;
  keyHeading: string;
  whatTitle: string;
  what: string;
  safeTitle: string;
  safe: string[];
  useTitle: string;
  use: string[];
  storedAt: string;
  confidential: string;
}

// French uses non-breaking spaces (\u00a0) inside « » and before ? and :, as typography requires;
// they also keep the PDF's line breaker from stranding a guillemet at the start of a line.
export const RECOVERY_KIT_TEXT: Record<Language, RecoveryKitText> = {
  en: {
    title: 'Custodian recovery kit',
    organisation: 'Organisation',
    created: 'Created',
    keyHeading: 'Recovery key',
    whatTitle: 'What this is',
    what: 'This recovery key opens your Custodian records if the passphrase is forgotten. It is the only way back in: nobody, including the people who make Custodian, can reset your passphrase or read your records without it.',
    safeTitle: 'Keep it safe',
    safe: [
      'Keep this page offline, in a locked drawer or safe, away from the computer.',
      'Anyone who has this key and a copy of the Custodian database can read everything in it.',
      'Do not photograph it, email it or store it in a file on the same computer.',
    ],
    useTitle: 'How to use it',
    use: [
      'Open Custodian. On the Unlock screen, choose “Use recovery key”.',
      'Type the key exactly as printed above, group by group.',
      'Choose a new passphrase. The old passphrase stops working.',
    ],
    storedAt: 'Stored at:',
    confidential: 'CONFIDENTIAL — This page holds a key to personal information. Keep it locked away.',
  },
  fr: {
    title: 'Trousse de récupération Custodian',
    organisation: 'Organisation',
    created: 'Créée le',
    keyHeading: 'Clé de récupération',
    whatTitle: 'De quoi s’agit-il\u00a0?',
    what: 'Cette clé de récupération ouvre vos dossiers Custodian si la phrase de passe est oubliée. C’est le seul moyen de les rouvrir\u00a0: personne, pas même les concepteurs de Custodian, ne peut réinitialiser votre phrase de passe ni lire vos dossiers sans elle.',
    safeTitle: 'Conservez-la en lieu sûr',
    safe: [
      'Gardez cette page hors ligne, dans un tiroir verrouillé ou un coffre, loin de l’ordinateur.',
      'Quiconque possède cette clé et une copie de la base de données Custodian peut tout y lire.',
      'Ne la photographiez pas, ne l’envoyez pas par courriel et ne l’enregistrez pas dans un fichier sur le même ordinateur.',
    ],
    useTitle: 'Comment l’utiliser',
    use: [
      'Ouvrez Custodian. À l’écran de déverrouillage, choisissez «\u00a0Utiliser la clé de récupération\u00a0».',
      'Tapez la clé exactement comme elle est imprimée ci-dessus, groupe par groupe.',
      'Choisissez une nouvelle phrase de passe. L’ancienne cessera de fonctionner.',
    ],
    storedAt: 'Conservée à\u00a0:',
    confidential: 'CONFIDENTIEL — Cette page contient une clé donnant accès à des renseignements personnels. Gardez-la sous clé.',
  },
};
