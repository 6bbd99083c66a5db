import type { BuiltinTemplate, LocalizedText, TemplateStepDefinition } from '../domain/template';

/**
 * The four built-in agendas, written as a CX facilitator runs them: write alone in silence before
 * talking, then share, cluster and decide. Instructions are projected to the room, so they are
 * short and imperative; French uses vouvoiement and typographic apostrophes and quotes.
 * When an instruction names a duration ("7 min alone"), it fits within the step's minutes.
 */

type Step = TemplateStepDefinition;

// ——— Persona workshop ———

const PERSONA_KICKOFF: Step = {
  kind: 'discussion',
  minutes: 10,
  title: { en: 'Kickoff: why personas, and the rules', fr: 'Lancement : pourquoi des personas, et les règles' },
  instructions: {
    en: 'Goal: agree on who our customers really are before we design for them. Scope: which offer, which market. Rules: one idea per card, write before you talk, facts from real customers beat opinions.',
    fr: 'Objectif : nous accorder sur qui sont vraiment nos clients avant de concevoir pour eux. Périmètre : quelle offre, quel marché. Règles : une idée par carte, on écrit avant de parler, les faits observés valent mieux que les opinions.',
  },
};

/** The standalone workshop has time for more personas than the half day. */
const choosePersonas = (count: LocalizedText): Step => ({
  kind: 'discussion',
  minutes: 10,
  title: { en: 'Choose the personas', fr: 'Choix des personas' },
  instructions: {
    en: `List the customer categories you meet most. Keep ${count.en} that weigh most on the business, give each a first name and a one-line description, then form one small group per persona.`,
    fr: `Listez les catégories de clients que vous rencontrez le plus. Retenez-en ${count.fr} qui pèsent le plus sur l’activité, donnez à chacune un prénom et une description d’une ligne, puis formez un petit groupe par persona.`,
  },
});

const PERSONA_NEEDS: Step = {
  kind: 'persona',
  minutes: 7,
  silent: true,
  title: { en: 'Needs — silent writing', fr: 'Besoins — écriture individuelle' },
  instructions: {
    en: '7 min alone, in silence: what does your persona need to get done? One need per card, starting with a verb. No discussion yet.',
    fr: '7 min chacun pour soi, en silence : de quoi votre persona a-t-elle besoin ? Un besoin par carte, commencé par un verbe. Pas de discussion pour l’instant.',
  },
};

const PERSONA_DESIRES_CONSTRAINTS: Step = {
  kind: 'persona',
  minutes: 8,
  silent: true,
  title: { en: 'Desires and constraints — silent writing', fr: 'Envies et contraintes — écriture individuelle' },
  instructions: {
    en: '8 min alone: what would your persona love beyond the basics (desires)? What holds them back: budget, time, rules, skills, habits (constraints)? One idea per card, in the right section.',
    fr: '8 min chacun pour soi : qu’est-ce qui ferait plaisir à votre persona au-delà de l’essentiel (envies) ? Qu’est-ce qui la freine : budget, temps, règles, compétences, habitudes (contraintes) ? Une idée par carte, dans la bonne rubrique.',
  },
};

const PERSONA_SHARE: Step = {
  kind: 'persona',
  minutes: 15,
  title: { en: 'Share and cluster', fr: 'Partage et regroupement' },
  instructions: {
    en: 'Round the table: each person reads their cards in 1 min, no debate. Then together: group duplicates, name each cluster, move misplaced cards. Keep disagreements visible as questions.',
    fr: 'Tour de table : chacun lit ses cartes en 1 min, sans débat. Ensuite, ensemble : regroupez les doublons, nommez chaque regroupement, déplacez les cartes mal rangées. Gardez les désaccords visibles sous forme de questions.',
  },
};

const PERSONA_OTHER_SECTIONS: Step = {
  kind: 'persona',
  minutes: 15,
  title: { en: 'Goals, frustrations, behaviours, channels', fr: 'Objectifs, frustrations, comportements, canaux' },
  instructions: {
    en: 'In pairs, complete the other sections. What is the persona trying to achieve? What annoys them today? How do they decide and buy? Which channels do they use: shop, website, phone, app, social media?',
    fr: 'En binômes, complétez les autres rubriques. Que cherche à accomplir la persona ? Qu’est-ce qui l’agace aujourd’hui ? Comment décide-t-elle et achète-t-elle ? Quels canaux utilise-t-elle : magasin, site, téléphone, appli, réseaux sociaux ?',
  },
};

const PERSONA_SYNTHESIS: Step = {
  kind: 'persona',
  minutes: 10,
  title: { en: 'Synthesis: bio and quote', fr: 'Synthèse : biographie et citation' },
  instructions: {
    en: 'Write a 3-line bio (age, situation, context) and a quote the persona could say, in their own words. Keep the 3 strongest cards per section. Would a colleague recognise a real customer?',
    fr: 'Rédigez une biographie de 3 lignes (âge, situation, contexte) et une citation que la persona pourrait dire, avec ses mots. Gardez les 3 cartes les plus fortes par rubrique. Un collègue y reconnaîtrait-il un vrai client ?',
  },
};

const PERSONA_PRESENT: Step = {
  kind: 'discussion',
  minutes: 15,
  title: { en: 'Persona presentations', fr: 'Présentation des personas' },
  instructions: {
    en: 'Each group presents its persona in 3 min: bio, quote, top needs, desires and constraints. The room asks one question: is this a real customer or a wish? Note what must be checked with data.',
    fr: 'Chaque groupe présente sa persona en 3 min : biographie, citation, principaux besoins, envies et contraintes. La salle pose une question : est-ce un vrai client ou un souhait ? Notez ce qu’il faudra vérifier avec des données.',
  },
};

const PERSONA_WRAP_UP: Step = {
  kind: 'discussion',
  minutes: 5,
  title: { en: 'Wrap-up and actions', fr: 'Conclusion et suites' },
  instructions: {
    en: 'List the assumptions to check with real customers and data, each with an owner and a date. Next: map the journey of each persona.',
    fr: 'Listez les hypothèses à vérifier auprès de vrais clients et dans les données, chacune avec un responsable et une date. Ensuite : cartographier le parcours de chaque persona.',
  },
};

// ——— Customer journey mapping ———

const JOURNEY_FRAMING: Step = {
  kind: 'discussion',
  minutes: 10,
  title: { en: 'Framing: persona, scenario, stages', fr: 'Cadrage : persona, scénario, phases' },
  instructions: {
    en: 'Choose one persona and one scenario to map, e.g. a first purchase. Review the seven stages, from need awareness to recommendation; rename, merge or split them if they do not fit your business.',
    fr: 'Choisissez une persona et un scénario à cartographier, par exemple un premier achat. Passez en revue les sept phases, de la prise de conscience du besoin à la recommandation ; renommez, fusionnez ou scindez-les si besoin.',
  },
};

const JOURNEY_ACTIONS: Step = {
  kind: 'journey',
  minutes: 10,
  silent: true,
  title: { en: 'Customer actions — silent writing', fr: 'Actions du client — écriture individuelle' },
  instructions: {
    en: '7 min alone: for each stage, write what the customer does, one action per card, from their point of view (“I compare prices”). Then place your cards in the Actions lane.',
    fr: '7 min chacun pour soi : pour chaque phase, écrivez ce que fait le client, une action par carte, de son point de vue (« Je compare les prix »). Placez ensuite vos cartes dans le couloir Actions.',
  },
};

const JOURNEY_TOUCHPOINTS: Step = {
  kind: 'journey',
  minutes: 10,
  title: { en: 'Touchpoints and channels', fr: 'Points de contact et canaux' },
  instructions: {
    en: 'For each stage, list where the customer meets us: ad, website, shop, call centre, email, invoice, delivery, after-sales. Note the channel. Add the touchpoints we do not control: reviews, friends, comparison sites.',
    fr: 'Pour chaque phase, listez où le client nous rencontre : publicité, site, magasin, centre d’appels, e-mail, facture, livraison, SAV. Notez le canal. Ajoutez les points de contact que nous ne maîtrisons pas : avis, proches, comparateurs.',
  },
};

const JOURNEY_EMOTIONS: Step = {
  kind: 'journey',
  minutes: 15,
  title: { en: 'Thoughts and emotion curve', fr: 'Pensées et courbe des émotions' },
  instructions: {
    en: 'For each stage, write what the persona thinks, in their own words. Then agree on one emotion score per stage, from very negative to very positive, and look at the curve: where does it dip?',
    fr: 'Pour chaque phase, écrivez ce que pense la persona, avec ses mots. Puis mettez-vous d’accord sur une note d’émotion par phase, de très négative à très positive, et regardez la courbe : où plonge-t-elle ?',
  },
};

const JOURNEY_PAIN_POINTS: Step = {
  kind: 'journey',
  minutes: 15,
  silent: true,
  title: { en: 'Pain points and frictions', fr: 'Irritants et frictions' },
  instructions: {
    en: '7 min alone: write every friction you see, one per card, on the stage where it happens: waiting, doubt, effort, a broken promise, being passed from team to team. Then read them out and merge duplicates.',
    fr: '7 min chacun pour soi : notez chaque friction, une par carte, sur la phase où elle survient : attente, doute, effort, promesse non tenue, client renvoyé d’un service à l’autre. Lisez-les ensuite à voix haute et fusionnez les doublons.',
  },
};

const JOURNEY_MOMENTS_OF_TRUTH: Step = {
  kind: 'journey',
  minutes: 10,
  title: { en: 'Moments of truth', fr: 'Moments de vérité' },
  instructions: {
    en: 'Where is the customer’s opinion of us made or broken? Mark 2 or 3 moments of truth and say why. Look where the emotion curve peaks or dips, and where the customer decides to buy, stay or leave.',
    fr: 'Où se joue l’opinion du client sur nous ? Marquez 2 ou 3 moments de vérité et dites pourquoi. Regardez les pics et les creux de la courbe des émotions, et les moments où le client décide d’acheter, de rester ou de partir.',
  },
};

const JOURNEY_BACKSTAGE: Step = {
  kind: 'journey',
  minutes: 15,
  title: { en: 'Frontstage and backstage', fr: 'Front-office et back-office' },
  instructions: {
    en: 'For each moment of truth and major pain point, note what the customer sees (frontstage) and the teams, tools and processes behind it (backstage). Where does a hand-off between teams break the experience?',
    fr: 'Pour chaque moment de vérité et chaque irritant majeur, notez ce que voit le client (front-office) et les équipes, outils et processus qui agissent derrière (back-office). Où un passage de relais entre équipes casse-t-il l’expérience ?',
  },
};

const JOURNEY_MEASURES: Step = {
  kind: 'journey',
  minutes: 10,
  title: { en: 'Measures: perception, descriptive, predictive', fr: 'Mesures : perception, descriptives, prédictives' },
  instructions: {
    en: 'For each stage, choose how we will know it works: perception (what the customer feels), descriptive (what happened: resolution rate, satisfaction), predictive (what they will do: buy again, recommend). Mark what we already measure.',
    fr: 'Pour chaque phase, choisissez comment savoir si cela fonctionne : perception (ce que ressent le client), descriptives (ce qui s’est passé : taux de résolution, satisfaction), prédictives (ce qu’il fera : racheter, recommander). Signalez l’existant.',
  },
};

const JOURNEY_OPPORTUNITIES: Step = {
  kind: 'journey',
  minutes: 10,
  title: { en: 'Opportunities', fr: 'Opportunités' },
  instructions: {
    en: 'Turn the biggest pain points into opportunities, one per card, on the stage concerned: “How might we…?” Quantity first; we sort later.',
    fr: 'Transformez les irritants majeurs en opportunités, une par carte, sur la phase concernée : « Comment pourrions-nous… ? » La quantité d’abord, le tri viendra ensuite.',
  },
};

const JOURNEY_READ_BACK: Step = {
  kind: 'discussion',
  minutes: 10,
  title: { en: 'Read-back and actions', fr: 'Relecture et suites' },
  instructions: {
    en: 'Walk the whole journey from left to right, out loud, as the persona. What surprised you? Agree which pain points go to the vote and who fills in the missing data.',
    fr: 'Relisez tout le parcours de gauche à droite, à voix haute, dans la peau de la persona. Qu’est-ce qui vous a surpris ? Décidez quels irritants seront soumis au vote et qui complète les données manquantes.',
  },
};

const breakStep = (minutes: number, en: string, fr: string): Step => ({
  kind: 'break',
  minutes,
  title: { en: 'Break', fr: 'Pause' },
  instructions: { en, fr },
});

// ——— Pain-point voting ———

const VOTING_WHY: Step = {
  kind: 'discussion',
  minutes: 5,
  title: { en: 'Why we vote', fr: 'Pourquoi voter' },
  instructions: {
    en: 'We have more pain points than we can fix at once. The vote shows where the group sees the most impact for customers. It informs the decision; it does not replace it.',
    fr: 'Nous avons plus d’irritants que nous ne pouvons en traiter à la fois. Le vote montre où le groupe voit le plus d’impact pour les clients. Il éclaire la décision, il ne la remplace pas.',
  },
};

const VOTING_REVIEW: Step = {
  kind: 'discussion',
  minutes: 10,
  title: { en: 'Review the candidates', fr: 'Revue des irritants candidats' },
  instructions: {
    en: 'Read every pain point aloud. Merge duplicates and reword vague ones so each card describes one concrete friction, seen from the customer’s side. Aim for 10 to 25 items.',
    fr: 'Lisez chaque irritant à voix haute. Fusionnez les doublons et reformulez les cartes floues : chacune décrit une friction concrète, vue du côté client. Visez 10 à 25 éléments.',
  },
};

const VOTING_RULES: Step = {
  kind: 'discussion',
  minutes: 5,
  title: { en: 'Voting rules', fr: 'Règles du vote' },
  instructions: {
    en: 'You have 5 dots each; put at most 3 on the same item. Vote for customer impact, not for what is easy to fix. Votes stay hidden until the reveal, so keep silent while voting.',
    fr: 'Vous disposez de 5 gommettes chacun, 3 au maximum sur un même irritant. Votez pour l’impact client, pas pour la facilité à corriger. Les votes restent masqués jusqu’à la révélation : silence pendant le vote.',
  },
};

const VOTING_VOTE: Step = {
  kind: 'voting',
  minutes: 10,
  title: { en: 'Silent dot vote', fr: 'Vote silencieux par gommettes' },
  instructions: {
    en: 'Vote on your phone: scan the code on screen. Use all 5 dots. No talking, no peeking: results appear only when the facilitator reveals them.',
    fr: 'Votez sur votre téléphone : scannez le code affiché. Utilisez vos 5 gommettes. Ni discussion ni coup d’œil : les résultats n’apparaissent qu’au moment où l’animateur les révèle.',
  },
};

const VOTING_REVEAL: Step = {
  kind: 'discussion',
  minutes: 15,
  title: { en: 'Reveal and discuss the ranking', fr: 'Révélation et lecture du classement' },
  instructions: {
    en: 'Reveal the results. Read the top 5 and the ties. Anything surprising? Anything important with few dots? Agree on the final 3 to 5 priorities: the vote informs, the group decides.',
    fr: 'Révélez les résultats. Lisez le top 5 et les ex aequo. Des surprises ? Un sujet important avec peu de gommettes ? Arrêtez les 3 à 5 priorités finales : le vote éclaire, le groupe décide.',
  },
};

const VOTING_PRIORITISE: Step = {
  kind: 'prioritisation',
  minutes: 20,
  title: { en: 'Impact × effort matrix', fr: 'Matrice impact × effort' },
  instructions: {
    en: 'Take the top items of the vote. For each one, agree together how much it would change for customers (impact, 1 to 5) and what it would take to fix (effort, 1 to 5). Start with quick wins: high impact, low effort.',
    fr: 'Reprenez les irritants en tête du vote. Pour chacun, estimez ensemble ce qu’il changerait pour les clients (impact, de 1 à 5) et ce qu’il coûterait à corriger (effort, de 1 à 5). Commencez par les gains rapides : fort impact, faible effort.',
  },
};

const VOTING_NEXT_STEPS: Step = {
  kind: 'discussion',
  minutes: 10,
  title: { en: 'Owners and actions', fr: 'Responsables et suites' },
  instructions: {
    en: 'For each priority: one owner, a first action, a date, and the measure that will show customers feel the difference. Tag the CX domain it touches: strategy, customer understanding, design, measures, governance or culture.',
    fr: 'Pour chaque priorité : un responsable, une première action, une date, et la mesure qui montrera que les clients sentent la différence. Indiquez le domaine concerné : stratégie, compréhension client, design, mesures, gouvernance ou culture.',
  },
};

// ——— CX discovery (half day): shorter versions of the three, with breaks ———

const CX_WELCOME: Step = {
  kind: 'discussion',
  minutes: 15,
  title: { en: 'Welcome and framing', fr: 'Accueil et cadrage' },
  instructions: {
    en: 'Goal of the session, agenda and rules: one idea per card, write before you talk, the customer’s view first. Quick round: your name, your role, and one recent experience you lived as a customer.',
    fr: 'Objectif de la séance, programme et règles : une idée par carte, on écrit avant de parler, le point de vue client d’abord. Tour de table express : votre nom, votre rôle et une expérience récente vécue en tant que client.',
  },
};

const CX_PERSONA_WRITING: Step = {
  kind: 'persona',
  minutes: 8,
  silent: true,
  title: { en: 'Needs, desires, constraints — silent writing', fr: 'Besoins, envies, contraintes — écriture individuelle' },
  instructions: {
    en: '8 min alone, in silence: write your persona’s needs, desires and constraints, one per card, each in its section. Facts from real customers beat opinions.',
    fr: '8 min chacun pour soi, en silence : écrivez les besoins, envies et contraintes de votre persona, une idée par carte, chacune dans sa rubrique. Les faits observés chez de vrais clients valent mieux que les opinions.',
  },
};

const CX_PERSONA_COMPLETE: Step = {
  kind: 'persona',
  minutes: 15,
  title: { en: 'Complete the persona', fr: 'Finalisation de la persona' },
  instructions: {
    en: 'Complete goals, frustrations, behaviours and channels. Add a 3-line bio and a quote in the persona’s own words. Keep the 3 strongest cards per section.',
    fr: 'Complétez objectifs, frustrations, comportements et canaux. Ajoutez une biographie de 3 lignes et une citation avec les mots de la persona. Gardez les 3 cartes les plus fortes par rubrique.',
  },
};

const CX_PERSONA_PRESENT: Step = {
  kind: 'discussion',
  minutes: 10,
  title: { en: 'Persona presentations', fr: 'Présentation des personas' },
  instructions: {
    en: 'Each group presents its persona in 3 min: bio, quote, top needs. Then choose together the persona whose journey we map next.',
    fr: 'Chaque groupe présente sa persona en 3 min : biographie, citation, besoins principaux. Choisissez ensuite ensemble la persona dont nous allons cartographier le parcours.',
  },
};

const CX_JOURNEY_ACTIONS: Step = {
  kind: 'journey',
  minutes: 15,
  silent: true,
  title: { en: 'Journey: actions and touchpoints', fr: 'Parcours : actions et points de contact' },
  instructions: {
    en: 'One persona, one scenario, seven stages. 8 min alone: for each stage, write what the customer does and where they meet us (website, shop, phone, email…). Then place the cards together.',
    fr: 'Une persona, un scénario, sept phases. 8 min chacun pour soi : pour chaque phase, écrivez ce que fait le client et où il nous rencontre (site, magasin, téléphone, e-mail…). Placez ensuite les cartes ensemble.',
  },
};

const CX_PAIN_POINTS: Step = {
  kind: 'journey',
  minutes: 15,
  silent: true,
  title: { en: 'Pain points and moments of truth', fr: 'Irritants et moments de vérité' },
  instructions: {
    en: '6 min alone: write each friction on the stage where it happens, one per card. Then together: merge duplicates and mark 2 or 3 moments of truth, where the customer’s opinion is made or broken.',
    fr: '6 min chacun pour soi : notez chaque friction sur la phase où elle survient, une par carte. Puis ensemble : fusionnez les doublons et marquez 2 ou 3 moments de vérité, là où se joue l’opinion du client.',
  },
};

const CX_VOTING_PREP: Step = {
  kind: 'discussion',
  minutes: 10,
  title: { en: 'Pain points to vote on, and the rules', fr: 'Irritants soumis au vote et règles' },
  instructions: {
    en: 'Merge duplicates and reword vague pain points: one concrete friction per card. Rules: 5 dots each, at most 3 on one item, vote for customer impact. Votes stay hidden until the reveal.',
    fr: 'Fusionnez les doublons et reformulez les irritants flous : une friction concrète par carte. Règles : 5 gommettes chacun, 3 au maximum sur un même irritant, votez pour l’impact client. Les votes restent masqués jusqu’à la révélation.',
  },
};

const CX_DEBRIEF: Step = {
  kind: 'discussion',
  minutes: 15,
  title: { en: 'Debrief: actions across the six CX domains', fr: 'Débriefing : suites dans les six domaines CX' },
  instructions: {
    en: 'For each priority, agree on a next step, looking across the six domains: strategy, customer understanding, design, measures, governance, culture. One owner and one date per action.',
    fr: 'Pour chaque priorité, convenez d’une suite en passant en revue les six domaines : stratégie, compréhension client, design, mesures, gouvernance, culture. Un responsable et une date par action.',
  },
};

const CX_CLOSING: Step = {
  kind: 'discussion',
  minutes: 5,
  title: { en: 'Closing round', fr: 'Tour de clôture' },
  instructions: {
    en: 'One word each: how do you leave? Thank the group and say when the deliverable (personas, journey map, priorities) will be shared.',
    fr: 'Un mot chacun : dans quel état d’esprit repartez-vous ? Remerciez le groupe et annoncez quand le livrable (personas, parcours, priorités) sera partagé.',
  },
};

export const BUILTIN_TEMPLATES: readonly BuiltinTemplate[] = [
  {
    id: 'persona',
    name: { en: 'Persona workshop', fr: 'Atelier personas' },
    description: {
      en: 'Portray 2 to 4 of your main customer categories: needs, desires and constraints, then goals, frustrations, behaviours, channels, a quote and a short bio.',
      fr: 'Dressez le portrait de 2 à 4 de vos principales catégories de clients : besoins, envies et contraintes, puis objectifs, frustrations, comportements, canaux, une citation et une courte biographie.',
    },
    steps: [
      PERSONA_KICKOFF,
      choosePersonas({ en: '2 to 4', fr: '2 à 4' }),
      PERSONA_NEEDS,
      PERSONA_DESIRES_CONSTRAINTS,
      PERSONA_SHARE,
      PERSONA_OTHER_SECTIONS,
      PERSONA_SYNTHESIS,
      PERSONA_PRESENT,
      PERSONA_WRAP_UP,
    ],
    starter: { personaSections: true, journeyStages: false },
  },
  {
    id: 'journey',
    name: { en: 'Customer journey mapping', fr: 'Cartographie du parcours client' },
    description: {
      en: 'Walk one persona through seven stages, from need awareness to recommendation: actions, touchpoints, thoughts, emotion curve, pain points, moments of truth, frontstage and backstage, measures.',
      fr: 'Suivez une persona à travers sept phases, de la prise de conscience du besoin à la recommandation : actions, points de contact, pensées, courbe des émotions, irritants, moments de vérité, front et back-office, mesures.',
    },
    steps: [
      JOURNEY_FRAMING,
      JOURNEY_ACTIONS,
      JOURNEY_TOUCHPOINTS,
      JOURNEY_EMOTIONS,
      breakStep(
        10,
        'Stretch your legs. We resume in 10 minutes with pain points and moments of truth.',
        'Dégourdissez-vous les jambes. Reprise dans 10 minutes avec les irritants et les moments de vérité.',
      ),
      JOURNEY_PAIN_POINTS,
      JOURNEY_MOMENTS_OF_TRUTH,
      JOURNEY_BACKSTAGE,
      JOURNEY_MEASURES,
      JOURNEY_OPPORTUNITIES,
      JOURNEY_READ_BACK,
    ],
    starter: { personaSections: false, journeyStages: true },
  },
  {
    id: 'voting',
    name: { en: 'Pain-point voting', fr: 'Vote sur les irritants' },
    description: {
      en: 'Turn the pain points you found into priorities: a silent dot vote, hidden until the reveal, an impact × effort matrix, then owners and actions.',
      fr: 'Transformez les irritants relevés en priorités : un vote silencieux par gommettes, masqué jusqu’à la révélation, une matrice impact × effort, puis des responsables et des suites.',
    },
    steps: [VOTING_WHY, VOTING_REVIEW, VOTING_RULES, VOTING_VOTE, VOTING_REVEAL, VOTING_PRIORITISE, VOTING_NEXT_STEPS],
    starter: { personaSections: false, journeyStages: false },
  },
  {
    id: 'cx-discovery',
    name: { en: 'CX discovery (half day)', fr: 'Découverte CX (demi-journée)' },
    description: {
      en: 'A half day chaining personas, a journey map and pain-point voting, with breaks, ending with actions across the six CX domains.',
      fr: 'Une demi-journée qui enchaîne personas, parcours client et vote sur les irritants, avec des pauses, et se conclut par des suites dans les six domaines de l’expérience client.',
    },
    steps: [
      CX_WELCOME,
      choosePersonas({ en: '2 or 3', fr: '2 ou 3' }),
      CX_PERSONA_WRITING,
      { ...PERSONA_SHARE, minutes: 12 },
      CX_PERSONA_COMPLETE,
      CX_PERSONA_PRESENT,
      breakStep(
        15,
        'Coffee break. We resume in 15 minutes with the customer journey.',
        'Pause café. Reprise dans 15 minutes avec le parcours client.',
      ),
      CX_JOURNEY_ACTIONS,
      JOURNEY_EMOTIONS,
      CX_PAIN_POINTS,
      { ...JOURNEY_BACKSTAGE, minutes: 10 },
      JOURNEY_MEASURES,
      breakStep(
        10,
        'Short break. We resume in 10 minutes to vote on the pain points.',
        'Courte pause. Reprise dans 10 minutes pour voter sur les irritants.',
      ),
      CX_VOTING_PREP,
      VOTING_VOTE,
      { ...VOTING_REVEAL, minutes: 10 },
      { ...VOTING_PRIORITISE, minutes: 15 },
      CX_DEBRIEF,
      CX_CLOSING,
    ],
    starter: { personaSections: true, journeyStages: true },
  },
];

/** The built-in template with this id, or undefined (ids arrive from IPC as plain strings). */
export function builtinTemplate(id: string): BuiltinTemplate | undefined {
  return BUILTIN_TEMPLATES.find((template) => template.id === id);
}
