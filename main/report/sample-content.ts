import type { BuiltinAvatar, MeasureType } from '../../shared/domain/board';
import type { CxDomain } from '../../shared/domain/next-steps';
import type { Language } from '../../shared/domain/settings';

/**
 * The sample workshop's content, in both languages: a hotel brand's CX discovery (the seeds cite
 * a hotel chain's CX strategy as their example). Persona sections follow the default order
 * (needs, desires, constraints, goals, frustrations, behaviours, channels); journey stages the
 * seven default stages.
 */
export interface SampleStage {
  actions: string;
  touchpoints: string;
  thoughts: string;
  emotion: { score: number; note: string };
  painPoints: { text: string; severity: 1 | 2 | 3 }[];
  momentOfTruth: string | null;
  frontstage: string;
  backstage: string;
  opportunities: string;
  measure: { text: string; type: MeasureType } | null;
}

/**
 * A group of cards already on the board (by text), named by the room, and a duplicate written by
 * another participant then merged into one of them: in a section of the first persona (by index),
 * or among the pain points of a stage of its journey (by index).
 */
export interface SampleTheme {
  place: { section: number } | { painPointsOfStage: number };
  title: string;
  cards: { text: string; author: string }[];
  duplicate: { text: string; author: string; into: string };
}

export interface SampleContent {
  title: string;
  client: string;
  facilitator: string;
  participants: string[];
  personas: { name: string; role: string; ageRange: string; quote: string; bio: string; avatar: BuiltinAvatar; sections: string[][] }[];
  stages: SampleStage[];
  /** Themes the room grouped on the first persona and its journey, each with a duplicate merged. */
  themes: SampleTheme[];
  vote: { title: string; ballots: { voter: string; dots: [painPoint: string, count: number][] }[] };
  /** The prioritisation matrix: the vote's top items, placed as the room agreed (impact, effort). */
  matrix: { topN: number; placements: [painPoint: string, impact: number, effort: number][] };
  /** `from`: the pain point of the matrix the action was made from. */
  nextSteps: { text: string; owner: string; domain: CxDomain; dueInDays: number; from?: string }[];
  /** Minutes each agenda step actually took, relative to its plan (the rest ran on time). */
  overruns: number[];
}

const FR: SampleContent = {
  title: 'Découverte CX — Maison Azur Hôtels',
  client: 'Maison Azur Hôtels & Résidences',
  facilitator: 'Claire Moreau',
  participants: ['Julien Roux', 'Sarah Lemoine', 'Karim Haddad', 'Émilie Garnier', 'Thomas Weber', 'Inès Duarte'],
  personas: [
    {
      name: 'Camille Laurent',
      role: 'Consultante, grande voyageuse d’affaires',
      ageRange: '35–45 ans',
      quote: 'Quand j’arrive à 23\u00a0h, je veux ma chambre, pas une file d’attente.',
      bio: 'Camille passe deux nuits par semaine à l’hôtel pour ses missions. Elle réserve au dernier moment, voyage léger et travaille le soir depuis sa chambre.',
      avatar: 'compass',
      sections: [
        ['Un enregistrement rapide, même tard le soir', 'Une facture au nom de son entreprise, sans relance'],
        ['Être reconnue d’un séjour à l’autre', 'Un petit-déjeuner à emporter avant 7\u00a0h'],
        ['Respecter la politique voyage de son employeur', 'Des horaires imprévisibles'],
        ['Dormir au calme et travailler efficacement', 'Gagner du temps à chaque étape'],
        ['Répéter les mêmes informations à chaque séjour', 'Le Wi-Fi qui coupe pendant une visio', 'Ses préférences oubliées d’un séjour à l’autre'],
        ['Réserve sur mobile, souvent dans le train', 'Compare avec l’outil de voyage de l’entreprise'],
        ['Application mobile', 'E-mail', 'Outil de réservation de l’entreprise'],
      ],
    },
    {
      name: 'Nathalie Moreau',
      role: 'Mère de famille en vacances d’été',
      ageRange: '40–50 ans',
      quote: 'Si les enfants sont contents dès l’arrivée, nos vacances sont réussies.',
      bio: 'Nathalie organise chaque année une semaine au bord de la mer avec ses deux enfants. Elle prépare tout longtemps à l’avance et lit beaucoup d’avis.',
      avatar: 'sun',
      sections: [
        ['Des chambres communicantes garanties', 'Des activités pour les enfants'],
        ['Une piscine et un club enfants', 'Un dîner tranquille entre adultes'],
        ['Un budget fixé à l’avance', 'Les dates des vacances scolaires'],
        ['Des vacances sans mauvaise surprise', 'Que chacun y trouve son compte'],
        ['Des frais cachés découverts au départ', 'Une chambre différente de la photo'],
        ['Lit les avis pendant des semaines', 'Réserve sur le site pour les offres famille'],
        ['Site web', 'Avis en ligne', 'Téléphone'],
      ],
    },
    {
      name: 'Hugo Bernard',
      role: 'Jeune actif, week-ends en amoureux',
      ageRange: '28–34 ans',
      quote: 'Je veux vivre une expérience, pas seulement dormir quelque part.',
      bio: 'Hugo choisit ses week-ends sur les réseaux sociaux. Il aime les adresses qui racontent une histoire et partage volontiers ses bonnes découvertes.',
      avatar: 'spark',
      sections: [
        ['Une expérience locale authentique', 'Un départ tardif le dimanche'],
        ['Des surprises personnalisées', 'De belles photos à partager'],
        ['Un budget serré le mois du loyer', 'Peu de jours de congé'],
        ['Se créer des souvenirs à deux', 'Découvrir de nouveaux quartiers'],
        ['Un accueil impersonnel', 'Des recommandations génériques'],
        ['S’inspire d’Instagram et des vidéos courtes', 'Réserve sur mobile en quelques minutes'],
        ['Réseaux sociaux', 'Application mobile', 'Messagerie'],
      ],
    },
  ],
  stages: [
    {
      actions: 'Reçoit sa mission et doit réserver un hôtel',
      touchpoints: 'Outil de voyage de l’entreprise',
      thoughts: 'Pourvu qu’il reste une chambre près du client',
      emotion: { score: 0, note: 'Neutre, un peu pressée' },
      painPoints: [{ text: 'Politique voyage de l’entreprise difficile à trouver', severity: 1 }],
      momentOfTruth: null,
      frontstage: 'Référencement dans l’outil de l’entreprise',
      backstage: 'Accords tarifaires avec les entreprises',
      opportunities: 'Page dédiée aux voyageurs d’affaires',
      measure: null,
    },
    {
      actions: 'Compare les hôtels et les tarifs',
      touchpoints: 'Site web, comparateurs',
      thoughts: 'Pourquoi le prix change-t-il d’un site à l’autre ?',
      emotion: { score: -1, note: 'Méfiance sur les prix' },
      painPoints: [{ text: 'Tarifs différents entre le site et les comparateurs', severity: 2 }],
      momentOfTruth: null,
      frontstage: 'Fiches hôtel et photos',
      backstage: 'Gestion des tarifs par canal',
      opportunities: 'Garantie du meilleur prix sur le site',
      measure: { text: 'Taux de conversion du site', type: 'descriptive' },
    },
    {
      actions: 'Réserve et demande une facture entreprise',
      touchpoints: 'Application mobile',
      thoughts: 'J’espère ne pas devoir rappeler pour la facture',
      emotion: { score: -1, note: 'Agacée par la facture' },
      painPoints: [{ text: 'Facture au nom de l’entreprise impossible à obtenir en ligne', severity: 3 }],
      momentOfTruth: 'Confirmation immédiate avec la facture',
      frontstage: 'Parcours de réservation mobile',
      backstage: 'Système de facturation',
      opportunities: 'Facture entreprise générée automatiquement',
      measure: null,
    },
    {
      actions: 'Arrive tard, s’enregistre, travaille dans sa chambre',
      touchpoints: 'Réception, chambre, Wi-Fi',
      thoughts: 'Encore vingt minutes debout après une journée pareille…',
      emotion: { score: -2, note: 'Épuisée à l’arrivée' },
      painPoints: [
        { text: 'Vingt minutes d’attente à l’enregistrement tardif', severity: 3 },
        { text: 'Wi-Fi lent dans les chambres', severity: 2 },
      ],
      momentOfTruth: 'L’accueil à l’arrivée tardive',
      frontstage: 'Équipe de réception de nuit',
      backstage: 'Préparation des chambres et des clés',
      opportunities: 'Enregistrement en ligne et clé mobile',
      measure: { text: 'Émotion ressentie à l’arrivée', type: 'perception' },
    },
    {
      actions: 'Reçoit l’enquête de satisfaction',
      touchpoints: 'E-mail',
      thoughts: 'Vingt questions, vraiment ?',
      emotion: { score: 0, note: 'Indifférente' },
      painPoints: [{ text: 'Questionnaire de satisfaction trop long', severity: 1 }],
      momentOfTruth: null,
      frontstage: 'E-mail après le séjour',
      backstage: 'Analyse des retours clients',
      opportunities: 'Trois questions et un champ libre',
      measure: { text: 'Taux de résolution au premier contact', type: 'descriptive' },
    },
    {
      actions: 'Revient pour une nouvelle mission',
      touchpoints: 'Programme de fidélité',
      thoughts: 'Ils se souviennent de moi, c’est agréable',
      emotion: { score: 1, note: 'Se sent reconnue' },
      painPoints: [{ text: 'Points de fidélité qui expirent sans prévenir', severity: 2 }],
      momentOfTruth: 'Être reconnue dès le deuxième séjour',
      frontstage: 'Message de bienvenue personnalisé',
      backstage: 'Fiche client partagée entre hôtels',
      opportunities: 'Préférences mémorisées (étage calme, oreiller)',
      measure: null,
    },
    {
      actions: 'Recommande l’hôtel à ses collègues',
      touchpoints: 'Bouche-à-oreille, avis en ligne',
      thoughts: 'Je le conseille à toute l’équipe',
      emotion: { score: 2, note: 'Ambassadrice' },
      painPoints: [{ text: 'Aucun moyen simple de recommander à un collègue', severity: 1 }],
      momentOfTruth: null,
      frontstage: 'Invitation à laisser un avis',
      backstage: 'Programme de parrainage entreprise',
      opportunities: 'Lien de parrainage dans l’application',
      measure: { text: 'Intention de recommander (NPS)', type: 'predictive' },
    },
  ],
  themes: [
    {
      place: { section: 4 },
      title: 'Pas reconnue d’un séjour à l’autre',
      cards: [
        { text: 'Répéter les mêmes informations à chaque séjour', author: 'Sarah Lemoine' },
        { text: 'Ses préférences oubliées d’un séjour à l’autre', author: 'Julien Roux' },
      ],
      duplicate: { text: 'Redonner ses préférences à chaque arrivée', author: 'Inès Duarte', into: 'Ses préférences oubliées d’un séjour à l’autre' },
    },
    {
      place: { painPointsOfStage: 3 },
      title: 'L’arrivée du soir',
      cards: [
        { text: 'Vingt minutes d’attente à l’enregistrement tardif', author: 'Karim Haddad' },
        { text: 'Wi-Fi lent dans les chambres', author: 'Thomas Weber' },
      ],
      duplicate: { text: 'La file à la réception après 22\u00a0h', author: 'Émilie Garnier', into: 'Vingt minutes d’attente à l’enregistrement tardif' },
    },
  ],
  vote: {
    title: 'Irritants prioritaires du parcours',
    ballots: [
      { voter: 'Julien Roux', dots: [['Vingt minutes d’attente à l’enregistrement tardif', 3], ['Facture au nom de l’entreprise impossible à obtenir en ligne', 2]] },
      { voter: 'Sarah Lemoine', dots: [['Tarifs différents entre le site et les comparateurs', 3], ['Vingt minutes d’attente à l’enregistrement tardif', 2]] },
      { voter: 'Karim Haddad', dots: [['Vingt minutes d’attente à l’enregistrement tardif', 3], ['Wi-Fi lent dans les chambres', 2]] },
      { voter: 'Émilie Garnier', dots: [['Facture au nom de l’entreprise impossible à obtenir en ligne', 3], ['Points de fidélité qui expirent sans prévenir', 2]] },
      { voter: 'Thomas Weber', dots: [['Wi-Fi lent dans les chambres', 2], ['Facture au nom de l’entreprise impossible à obtenir en ligne', 2], ['Questionnaire de satisfaction trop long', 1]] },
      { voter: 'Inès Duarte', dots: [['Tarifs différents entre le site et les comparateurs', 2], ['Vingt minutes d’attente à l’enregistrement tardif', 2], ['Points de fidélité qui expirent sans prévenir', 1]] },
    ],
  },
  matrix: {
    topN: 5,
    placements: [
      ['L’arrivée du soir', 5, 2],
      ['Facture au nom de l’entreprise impossible à obtenir en ligne', 4, 2],
      ['Tarifs différents entre le site et les comparateurs', 4, 4],
      ['Points de fidélité qui expirent sans prévenir', 2, 1],
      ['Questionnaire de satisfaction trop long', 1, 4],
    ],
  },
  nextSteps: [
    { text: 'Inscrire « zéro attente à l’arrivée » dans la promesse de marque', owner: 'Julien Roux', domain: 'strategy', dueInDays: 60, from: 'L’arrivée du soir' },
    { text: 'Interroger 20 voyageurs d’affaires sur leurs arrivées tardives', owner: 'Sarah Lemoine', domain: 'customerUnderstanding', dueInDays: 30 },
    { text: 'Prototyper l’enregistrement en ligne avec clé mobile', owner: 'Thomas Weber', domain: 'design', dueInDays: 45, from: 'L’arrivée du soir' },
    { text: 'Générer la facture entreprise dès la réservation', owner: 'Thomas Weber', domain: 'design', dueInDays: 90, from: 'Facture au nom de l’entreprise impossible à obtenir en ligne' },
    { text: 'Mesurer l’émotion à l’arrivée par un SMS d’une question', owner: 'Émilie Garnier', domain: 'measures', dueInDays: 30 },
    { text: 'Suivre le NPS des voyageurs d’affaires chaque mois', owner: 'Inès Duarte', domain: 'measures', dueInDays: 60 },
    { text: 'Nommer un responsable du parcours client par hôtel', owner: 'Julien Roux', domain: 'governance', dueInDays: 75 },
    { text: 'Former les équipes de nuit à l’accueil personnalisé', owner: 'Karim Haddad', domain: 'culture', dueInDays: 45 },
  ],
  overruns: [2, 5, -3, 4, 0, 6, 0, 3, 8, 2, -2, 0, 0, 5, 2, 4, 3, 0],
};

const EN: SampleContent = {
  title: 'CX discovery — Azur Hotels',
  client: 'Azur Hotels & Residences',
  facilitator: 'Claire Moreau',
  participants: ['Julian Ross', 'Sarah Lee', 'Karim Haddad', 'Emily Garner', 'Thomas Weber', 'Ines Duarte'],
  personas: [
    {
      name: 'Camille Laurent',
      role: 'Consultant and frequent business traveller',
      ageRange: '35–45',
      quote: 'When I arrive at 11 pm, I want my room, not a queue.',
      bio: 'Camille spends two nights a week in hotels for client work. She books at the last minute, travels light and works from her room in the evening.',
      avatar: 'compass',
      sections: [
        ['A fast check-in, even late at night', 'An invoice in her company’s name, without chasing'],
        ['To be recognised from one stay to the next', 'A breakfast to go before 7 am'],
        ['Her employer’s travel policy', 'Unpredictable hours'],
        ['Sleep well and get work done', 'Save time at every step'],
        ['Repeating the same details at every stay', 'Wi-Fi dropping during a video call', 'Her preferences forgotten from one stay to the next'],
        ['Books on her phone, often on the train', 'Compares with the company travel tool'],
        ['Mobile app', 'Email', 'Company booking tool'],
      ],
    },
    {
      name: 'Nathalie Moreau',
      role: 'Parent on a summer family holiday',
      ageRange: '40–50',
      quote: 'If the children are happy the moment we arrive, the holiday is a success.',
      bio: 'Every year Nathalie plans a week by the sea with her two children. She prepares everything well in advance and reads a lot of reviews.',
      avatar: 'sun',
      sections: [
        ['Guaranteed connecting rooms', 'Activities for the children'],
        ['A pool and a kids’ club', 'A quiet dinner for the adults'],
        ['A budget set in advance', 'School holiday dates'],
        ['A holiday without bad surprises', 'Something for everyone'],
        ['Hidden fees found at check-out', 'A room unlike the photo'],
        ['Reads reviews for weeks', 'Books on the website for family offers'],
        ['Website', 'Online reviews', 'Phone'],
      ],
    },
    {
      name: 'Hugo Bernard',
      role: 'Young professional, weekend getaways for two',
      ageRange: '28–34',
      quote: 'I want an experience, not just somewhere to sleep.',
      bio: 'Hugo picks his weekends on social media. He loves places with a story and happily shares his good finds.',
      avatar: 'spark',
      sections: [
        ['An authentic local experience', 'A late check-out on Sunday'],
        ['Personal surprises', 'Beautiful photos to share'],
        ['A tight budget in rent week', 'Few days off'],
        ['Make memories together', 'Discover new neighbourhoods'],
        ['An impersonal welcome', 'Generic recommendations'],
        ['Inspired by Instagram and short videos', 'Books on mobile in minutes'],
        ['Social media', 'Mobile app', 'Messaging'],
      ],
    },
  ],
  stages: [
    {
      actions: 'Gets a new assignment and must book a hotel',
      touchpoints: 'Company travel tool',
      thoughts: 'I hope there is a room left near the client',
      emotion: { score: 0, note: 'Neutral, a little rushed' },
      painPoints: [{ text: 'Company travel policy hard to find', severity: 1 }],
      momentOfTruth: null,
      frontstage: 'Listing in the company tool',
      backstage: 'Corporate rate agreements',
      opportunities: 'A page for business travellers',
      measure: null,
    },
    {
      actions: 'Compares hotels and prices',
      touchpoints: 'Website, comparison sites',
      thoughts: 'Why does the price change from site to site?',
      emotion: { score: -1, note: 'Distrusts the prices' },
      painPoints: [{ text: 'Different prices on the website and comparison sites', severity: 2 }],
      momentOfTruth: null,
      frontstage: 'Hotel pages and photos',
      backstage: 'Rate management per channel',
      opportunities: 'Best price guaranteed on the website',
      measure: { text: 'Website conversion rate', type: 'descriptive' },
    },
    {
      actions: 'Books and asks for a company invoice',
      touchpoints: 'Mobile app',
      thoughts: 'I hope I won’t have to call about the invoice',
      emotion: { score: -1, note: 'Annoyed by the invoice' },
      painPoints: [{ text: 'No way to get an invoice in the company’s name online', severity: 3 }],
      momentOfTruth: 'Instant confirmation with the invoice',
      frontstage: 'Mobile booking flow',
      backstage: 'Invoicing system',
      opportunities: 'Company invoice generated automatically',
      measure: null,
    },
    {
      actions: 'Arrives late, checks in, works in her room',
      touchpoints: 'Front desk, room, Wi-Fi',
      thoughts: 'Twenty more minutes on my feet after a day like this…',
      emotion: { score: -2, note: 'Exhausted on arrival' },
      painPoints: [
        { text: 'A twenty-minute wait at late check-in', severity: 3 },
        { text: 'Slow Wi-Fi in the rooms', severity: 2 },
      ],
      momentOfTruth: 'The welcome on a late arrival',
      frontstage: 'Night front-desk team',
      backstage: 'Room and key preparation',
      opportunities: 'Online check-in and mobile key',
      measure: { text: 'Emotion felt on arrival', type: 'perception' },
    },
    {
      actions: 'Receives the satisfaction survey',
      touchpoints: 'Email',
      thoughts: 'Twenty questions, really?',
      emotion: { score: 0, note: 'Indifferent' },
      painPoints: [{ text: 'Satisfaction survey far too long', severity: 1 }],
      momentOfTruth: null,
      frontstage: 'Post-stay email',
      backstage: 'Customer feedback analysis',
      opportunities: 'Three questions and a free comment',
      measure: { text: 'First-contact resolution rate', type: 'descriptive' },
    },
    {
      actions: 'Comes back for another assignment',
      touchpoints: 'Loyalty programme',
      thoughts: 'They remember me, that feels good',
      emotion: { score: 1, note: 'Feels recognised' },
      painPoints: [{ text: 'Loyalty points expire without warning', severity: 2 }],
      momentOfTruth: 'Being recognised on the second stay',
      frontstage: 'Personal welcome message',
      backstage: 'Guest profile shared across hotels',
      opportunities: 'Remembered preferences (quiet floor, pillow)',
      measure: null,
    },
    {
      actions: 'Recommends the hotel to colleagues',
      touchpoints: 'Word of mouth, online reviews',
      thoughts: 'I tell the whole team to stay here',
      emotion: { score: 2, note: 'Ambassador' },
      painPoints: [{ text: 'No easy way to refer a colleague', severity: 1 }],
      momentOfTruth: null,
      frontstage: 'Invitation to leave a review',
      backstage: 'Corporate referral programme',
      opportunities: 'Referral link in the app',
      measure: { text: 'Likelihood to recommend (NPS)', type: 'predictive' },
    },
  ],
  themes: [
    {
      place: { section: 4 },
      title: 'Not recognised from one stay to the next',
      cards: [
        { text: 'Repeating the same details at every stay', author: 'Sarah Lee' },
        { text: 'Her preferences forgotten from one stay to the next', author: 'Julian Ross' },
      ],
      duplicate: { text: 'Giving her preferences again at every arrival', author: 'Ines Duarte', into: 'Her preferences forgotten from one stay to the next' },
    },
    {
      place: { painPointsOfStage: 3 },
      title: 'The late arrival',
      cards: [
        { text: 'A twenty-minute wait at late check-in', author: 'Karim Haddad' },
        { text: 'Slow Wi-Fi in the rooms', author: 'Thomas Weber' },
      ],
      duplicate: { text: 'The queue at the front desk after 10 pm', author: 'Emily Garner', into: 'A twenty-minute wait at late check-in' },
    },
  ],
  vote: {
    title: 'Top pain points of the journey',
    ballots: [
      { voter: 'Julian Ross', dots: [['A twenty-minute wait at late check-in', 3], ['No way to get an invoice in the company’s name online', 2]] },
      { voter: 'Sarah Lee', dots: [['Different prices on the website and comparison sites', 3], ['A twenty-minute wait at late check-in', 2]] },
      { voter: 'Karim Haddad', dots: [['A twenty-minute wait at late check-in', 3], ['Slow Wi-Fi in the rooms', 2]] },
      { voter: 'Emily Garner', dots: [['No way to get an invoice in the company’s name online', 3], ['Loyalty points expire without warning', 2]] },
      { voter: 'Thomas Weber', dots: [['Slow Wi-Fi in the rooms', 2], ['No way to get an invoice in the company’s name online', 2], ['Satisfaction survey far too long', 1]] },
      { voter: 'Ines Duarte', dots: [['Different prices on the website and comparison sites', 2], ['A twenty-minute wait at late check-in', 2], ['Loyalty points expire without warning', 1]] },
    ],
  },
  matrix: {
    topN: 5,
    placements: [
      ['The late arrival', 5, 2],
      ['No way to get an invoice in the company’s name online', 4, 2],
      ['Different prices on the website and comparison sites', 4, 4],
      ['Loyalty points expire without warning', 2, 1],
      ['Satisfaction survey far too long', 1, 4],
    ],
  },
  nextSteps: [
    { text: 'Make “no waiting on arrival” part of the brand promise', owner: 'Julian Ross', domain: 'strategy', dueInDays: 60, from: 'The late arrival' },
    { text: 'Interview 20 business travellers about late arrivals', owner: 'Sarah Lee', domain: 'customerUnderstanding', dueInDays: 30 },
    { text: 'Prototype online check-in with a mobile key', owner: 'Thomas Weber', domain: 'design', dueInDays: 45, from: 'The late arrival' },
    { text: 'Generate the company invoice at booking time', owner: 'Thomas Weber', domain: 'design', dueInDays: 90, from: 'No way to get an invoice in the company’s name online' },
    { text: 'Measure arrival emotion with a one-question text message', owner: 'Emily Garner', domain: 'measures', dueInDays: 30 },
    { text: 'Track business travellers’ NPS every month', owner: 'Ines Duarte', domain: 'measures', dueInDays: 60 },
    { text: 'Appoint a customer journey owner in every hotel', owner: 'Julian Ross', domain: 'governance', dueInDays: 75 },
    { text: 'Train night teams in personal welcome', owner: 'Karim Haddad', domain: 'culture', dueInDays: 45 },
  ],
  overruns: [2, 5, -3, 4, 0, 6, 0, 3, 8, 2, -2, 0, 0, 5, 2, 4, 3, 0],
};

export function sampleContent(language: Language): SampleContent {
  return language === 'fr' ? FR : EN;
}
