/** The privacy page, « Mes données » and the erasure of one's account: French source (see fr.ts). */
export const frPrivacy = {
  privacy: {
    title: 'Confidentialité et vos données',
    intro:
      'Concertation réunit des personnes qui travaillent contre l’exploitation sexuelle des mineurs. Voici, en mots simples, ce que la plateforme conserve sur vous, pourquoi, pendant combien de temps, qui le voit, et comment obtenir vos données ou effacer votre compte, comme le prévoit la Loi 25 du Québec.',
    stored: {
      title: 'Ce que la plateforme conserve',
      account:
        'Votre compte : votre nom affiché, votre adresse courriel, votre langue, votre fuseau horaire, l’organisation confirmée ou demandée, et votre mot de passe, gardé seulement sous une forme chiffrée que personne ne peut relire.',
      participation:
        'Votre participation : vos sièges aux tables de concertation, vos réponses aux invitations, vos présences, vos remplacements, vos votes et vos demandes de parole.',
      work: 'Votre travail : les procès-verbaux, les décisions, les actions et leurs mises à jour que vous écrivez, et les fichiers que vous joignez.',
      notices: 'Vos avis : vos notifications, la façon dont vous voulez en être avisé et l’heure de votre résumé quotidien.',
      sessions: 'Vos sessions : quand chaque connexion a commencé, quand elle prend fin, et si elle a été fermée.',
      audit: 'Le journal d’audit : qui a fait quoi et quand, sans le contenu des textes.',
    },
    why: {
      title: 'Pourquoi',
      tables: 'Pour que les tables de concertation fonctionnent : convoquer les rencontres, compter le quorum et les votes, faire avancer les actions.',
      notices: 'Pour vous aviser de ce qui vous concerne, dans l’application ou par courriel, selon vos choix.',
      security: 'Pour protéger les comptes et retracer les changements : limite des tentatives de connexion et journal d’audit.',
      nothingElse: 'Vos données servent au travail des tables et à rien d’autre : elles ne sont ni vendues ni transmises à des tiers.',
    },
    retention: {
      title: 'Pendant combien de temps',
      notifications: 'Les notifications sont effacées après 365 jours (durée que l’équipe qui exploite la plateforme peut régler).',
      sessions: 'Les sessions expirées sont effacées après 30 jours.',
      emails: 'Les courriels envoyés ou abandonnés quittent la file d’envoi après 30 jours.',
      uploads: 'Un fichier téléversé mais jamais joint à un point de l’ordre du jour est effacé après une heure.',
      records: 'Les procès-verbaux, les décisions, les votes et les actions forment les archives des tables : ils sont conservés avec elles.',
      account: 'Votre compte existe tant que vous ne le supprimez pas.',
    },
    who: {
      title: 'Qui voit quoi',
      name: 'Votre nom : les personnes qui siègent aux mêmes tables que vous et la coordination de la plateforme, là où vous agissez.',
      email: 'Votre adresse courriel : vous, la coordination et les personnes qui siègent à une table avec vous.',
      inCamera: 'Les points à huis clos, leurs notes et leurs décisions : seulement la présidence, le secrétariat et les membres de la table.',
      ballot: 'Votre choix dans un vote secret : vous, et personne d’autre.',
      audit: 'Le journal d’audit : la présidence et le secrétariat pour leur table, la coordination pour toute la plateforme.',
    },
    rights: {
      title: 'Obtenir vos données, effacer votre compte',
      export: 'Depuis votre profil, téléchargez en tout temps un fichier de tout ce que la plateforme conserve sur vous.',
      erase:
        'Depuis votre profil, vous pouvez aussi supprimer votre compte. Votre nom, votre adresse courriel, votre mot de passe, vos sessions, vos préférences, vos notifications et vos sièges sont effacés, et votre nom et votre adresse sont retirés des textes où ils figuraient. Ce que vous avez apporté aux tables reste, sous le nom «\u00a0Ancien participant\u00a0».',
      onlyChair: 'Si vous êtes la seule personne à la présidence d’une table, une autre présidence doit d’abord y être nommée.',
      questions: 'Une question sur vos renseignements personnels ? Écrivez à la coordination de la plateforme.',
      profileLink: 'Aller à mon profil',
      signInLink: 'Me connecter pour télécharger mes données ou supprimer mon compte',
    },
  },
  myData: {
    title: 'Mes données',
    intro:
      'Téléchargez un fichier de tout ce que la plateforme conserve sur vous : profil, participation, votes, actions, notifications, préférences, sessions et journal de vos gestes. Il est au format JSON, que des programmes et des tableurs savent lire.',
    download: 'Télécharger mes données',
    preparing: 'Préparation du fichier…',
    receiving: 'Téléchargement en cours : {size} reçus.',
    done: 'Vos données sont téléchargées ({size}).',
    interrupted: 'Le téléchargement a été interrompu avant la fin. Réessayez.',
    privacyLink: 'Ce que la plateforme conserve, et pourquoi',
  },
  deleteAccount: {
    title: 'Supprimer mon compte',
    intro: 'La suppression est immédiate et définitive : rien ne pourra être récupéré.',
    goesTitle: 'Ce qui est effacé',
    goes: 'Votre nom, votre adresse courriel, votre mot de passe, vos sessions (vous serez déconnecté de tous vos appareils), vos préférences, vos notifications, vos sièges aux tables et vos réponses aux invitations. Les actions qui vous sont confiées reviennent à votre organisation.',
    staysTitle: 'Ce qui reste',
    stays:
      'Ce que vous avez apporté aux tables — procès-verbaux, décisions, votes, mises à jour des actions, journal d’audit — reste, sous le nom «\u00a0Ancien participant\u00a0». Votre nom et votre adresse sont retirés des textes où ils figuraient.',
    again: 'Votre adresse courriel pourra servir à créer un nouveau compte.',
    chairs:
      'Vous présidez : {tables}. Si vous êtes la seule personne à la présidence de l’une d’elles, une autre présidence doit y être nommée avant la suppression.',
    password: 'Votre mot de passe, pour confirmer',
    confirmLegend: 'Confirmer la suppression',
    confirm: 'Je comprends que mon compte sera supprimé définitivement.',
    confirmRequired: 'Cochez cette case pour confirmer la suppression.',
    submit: 'Supprimer mon compte définitivement',
    wrongPassword: 'Le mot de passe est incorrect.',
    onlyChair:
      'Votre compte n’a pas été supprimé : vous êtes la seule personne à la présidence d’au moins une table. Demandez à la table ou à la coordination d’y nommer une autre présidence, puis revenez ici.',
    done: 'Votre compte est supprimé. Vos renseignements personnels sont effacés ; ce que vous avez apporté aux tables reste, sous le nom «\u00a0Ancien participant\u00a0».',
  },
};
