/**
 * One word per idea, in both languages. Every message, template and PDF string uses these words;
 * test/unit/glossary.test.ts scans the message catalogues for the retired ones.
 *
 * A retired word is a pattern that names the idea with another word. `keys` narrows it to the
 * messages where the word would be wrong (French "étape" is right for an agenda step, wrong for a
 * stage of the journey); without it the pattern is wrong everywhere.
 */
export interface GlossaryEntry {
  idea: string;
  en: string;
  fr: string;
  /** Why the choice, when it is not obvious. */
  note?: string;
  retired: readonly Retired[];
}

export interface Retired {
  lang: 'en' | 'fr';
  pattern: RegExp;
  /** Only in messages whose key matches. */
  keys?: RegExp;
  instead: string;
}

/** Keys of messages about the journey map's stages (not the agenda's steps). */
const STAGE_KEYS = /^(boards\.(stage|emotion)\.|boards\.journey\.|report\.journey\.|csv\.stage|csv\.place|participant\.add\.stage|voting\.results\.(byStage|stagesNote)|home\.features\.journey)/;
/** Keys of messages about journey maps as a whole. */
const MAP_KEYS = /^(boards\.journey\.|boards\.presenter\.noMap|report\.journey\.)/;
/** Keys of messages that may speak of a group of cards (elsewhere "groupe" can be the room's people). */
const CARD_GROUP_KEYS = /^(grouping\.|boards\.group|boards\.suggest|suggest|voting\.|participant\.|presenter\.|boards\.presenter\.|report\.|csv\.|matrix\.)/;

export const GLOSSARY: readonly GlossaryEntry[] = [
  {
    idea: 'a timed item of the agenda',
    en: 'step',
    fr: 'étape',
    retired: [],
  },
  {
    idea: 'a column of a journey map (need awareness, research…)',
    en: 'stage',
    fr: 'phase (phase du parcours)',
    note: '"étape" is the agenda step: a stage is a "phase".',
    retired: [
      { lang: 'fr', pattern: /étapes? du parcours/i, instead: 'phase du parcours' },
      { lang: 'fr', pattern: /étape/i, keys: STAGE_KEYS, instead: 'phase' },
      // The templates' instructions speak to the room about the map, never about the agenda.
      { lang: 'fr', pattern: /étape/i, keys: /^template\./, instead: 'phase' },
    ],
  },
  {
    idea: 'a row of a journey map (touchpoints, pain points…)',
    en: 'lane',
    fr: 'couloir',
    retired: [
      { lang: 'fr', pattern: /\blignes?\s+«/i, instead: 'couloir' },
      { lang: 'fr', pattern: /^lignes?$/i, instead: 'couloir' },
      { lang: 'fr', pattern: /\blignes?\b/i, keys: /(^|\.)lane\b|csv\.lane/, instead: 'couloir' },
      { lang: 'en', pattern: /\brows?\b/i, keys: /(^|\.)lane\b/, instead: 'lane' },
    ],
  },
  {
    idea: 'a short text on a board',
    en: 'card',
    fr: 'carte',
    retired: [],
  },
  {
    idea: 'a journey map as a whole',
    en: 'journey map (map)',
    fr: 'parcours',
    note: '"carte" is a card, never a map.',
    retired: [
      { lang: 'fr', pattern: /cartes? (du|de|d[’'])\s?parcours/i, instead: 'parcours' },
      { lang: 'fr', pattern: /cartes? générique/i, instead: 'parcours générique' },
      { lang: 'fr', pattern: /(sur cette|toute la) carte\b/i, instead: 'sur ce parcours, tout le parcours' },
      { lang: 'fr', pattern: /\bcarte\b/i, keys: MAP_KEYS, instead: 'parcours' },
    ],
  },
  {
    idea: 'cards gathered under one name, in one section or journey cell',
    en: 'group',
    fr: 'regroupement (masculine: le regroupement, un regroupement sans titre)',
    note: '"Groupe" is the room’s group of people (the facilitator guides the group, a group of customers); a stack of cards is a "regroupement". The verb stays: regrouper, groupées.',
    retired: [{ lang: 'fr', pattern: /\bgroupes?\b/i, keys: CARD_GROUP_KEYS, instead: 'regroupement(s)' }],
  },
  {
    idea: 'a card saying what another card already says, merged into it',
    en: 'duplicate',
    fr: 'doublon',
    retired: [{ lang: 'fr', pattern: /\bdupliqu(é|ée|és|ées)\b/i, keys: /^(boards\.group|boards\.duplicate|report\.group|csv\.(group|duplicates))/, instead: 'doublon' }],
  },
  {
    idea: 'the single unit of a dot vote',
    en: 'dot',
    fr: 'gommette',
    note: 'A "vote" is the session; what a participant places is a dot.',
    retired: [
      { lang: 'fr', pattern: /\bvoix\b(?! haute)/i, instead: 'gommettes' },
      { lang: 'fr', pattern: /\{(count|votes)\} votes?\b/, instead: '{count} gommettes' },
      { lang: 'en', pattern: /\{(count|votes)\} votes?\b/, instead: '{count} dots' },
      { lang: 'en', pattern: /^1 vote\b/, keys: /[Oo]ne$/, instead: '1 dot' },
      { lang: 'fr', pattern: /^1 vote\b/, keys: /[Oo]ne$/, instead: '1 gommette' },
      { lang: 'fr', pattern: /^votes?$/i, keys: /Unit|^csv\.votes$|^report\.voting\.votes$/, instead: 'gommettes' },
      { lang: 'en', pattern: /^votes?$/i, keys: /Unit|^csv\.votes$|^report\.voting\.votes$/, instead: 'dots' },
    ],
  },
  {
    idea: 'an action agreed at the end (the deliverable’s last section)',
    en: 'action (action plan)',
    fr: 'action (plan d’actions)',
    note: 'Never "next step(s)": "Next step" is the timer’s button to the agenda’s next step.',
    retired: [
      { lang: 'en', pattern: /\bnext steps\b/i, instead: 'actions, action plan' },
      { lang: 'fr', pattern: /prochaines? étapes?/i, instead: 'actions, plan d’actions' },
    ],
  },
  {
    idea: 'the four quadrants of the impact × effort matrix',
    en: 'Quick wins, Major projects, Fill-ins, Time sinks',
    fr: 'Gains rapides, Projets majeurs, Tâches d’appoint, Pièges à temps',
    note: 'The words French consultants use on a prioritisation matrix; the midline (3) counts as high on both axes.',
    retired: [
      { lang: 'fr', pattern: /victoires? rapides?|quick wins?/i, instead: 'gains rapides' },
      { lang: 'fr', pattern: /gros projets?/i, instead: 'projets majeurs' },
      { lang: 'fr', pattern: /bouche-trous?/i, instead: 'tâches d’appoint' },
      { lang: 'fr', pattern: /gouffres? (à|de) temps|chronophages?/i, keys: /^matrix\.quadrant\./, instead: 'pièges à temps' },
    ],
  },
  {
    idea: 'the items of a matrix not placed on the grid yet',
    en: 'tray (not placed yet)',
    fr: 'en attente de placement',
    retired: [{ lang: 'fr', pattern: /\bplateau\b|\bbac\b/i, keys: /^matrix\./, instead: 'en attente de placement' }],
  },
  {
    idea: 'a portrait of a customer category',
    en: 'persona',
    fr: 'persona (feminine: une persona, la persona principale)',
    retired: [
      { lang: 'fr', pattern: /\b(un|le|du|au|ce) persona\b/i, instead: 'une / la persona' },
      { lang: 'fr', pattern: /\bpersona principal\b/i, instead: 'persona principale' },
    ],
  },
  {
    idea: 'a pause in the agenda (kind "break")',
    en: 'break',
    fr: 'pause',
    note: 'The timer’s button says "Pause" in English and "Mettre en pause" in French, so a French break never reads "Pause · Pause [Pause]".',
    retired: [{ lang: 'fr', pattern: /^pause$/i, keys: /^timer\.pause$/, instead: 'Mettre en pause' }],
  },
];
