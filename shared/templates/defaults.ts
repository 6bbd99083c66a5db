import type { CardColor, LaneKind } from '../domain/board';
import type { Language } from '../domain/settings';
import type { BuiltinTemplate, LocalizedText } from '../domain/template';
import type { BoardDefaults } from '../domain/workshop';

/**
 * Persona sections: the seeds' needs, desires and constraints first, then what facilitators add;
 * each with the colour its new cards get, so that a persona reads by colour at a glance.
 */
export const DEFAULT_PERSONA_SECTIONS: (LocalizedText & { color: CardColor })[] = [
  { fr: 'Besoins', en: 'Needs', color: 'blue' },
  { fr: 'Envies', en: 'Desires', color: 'pink' },
  { fr: 'Contraintes', en: 'Constraints', color: 'orange' },
  { fr: 'Objectifs', en: 'Goals', color: 'green' },
  { fr: 'Frustrations', en: 'Frustrations', color: 'purple' },
  { fr: 'Comportements', en: 'Behaviours', color: 'yellow' },
  { fr: 'Canaux', en: 'Channels', color: 'grey' },
];

const normalTitle = (title: string): string => title.trim().toLocaleLowerCase('fr');

/**
 * The colour of new cards in a persona section: the one the facilitator chose for that section
 * (kept on the board, null when none), else the template's for a section of that title (in either
 * language), else yellow.
 */
export function sectionColor(section: { title: string; color: CardColor | null }): CardColor {
  if (section.color) return section.color;
  const title = normalTitle(section.title);
  return DEFAULT_PERSONA_SECTIONS.find((s) => normalTitle(s.fr) === title || normalTitle(s.en) === title)?.color ?? 'yellow';
}

/** The seven journey stages named in the seeds; workshops may rename them. */
export const DEFAULT_JOURNEY_STAGES: LocalizedText[] = [
  { fr: 'Prise de conscience du besoin', en: 'Need awareness' },
  { fr: 'Recherche', en: 'Research' },
  { fr: 'Achat', en: 'Purchase' },
  { fr: 'Utilisation', en: 'Use' },
  { fr: 'Évaluation', en: 'Evaluation' },
  { fr: 'Fidélisation', en: 'Loyalty' },
  { fr: 'Recommandation', en: 'Recommendation' },
];

/** The lanes of a new journey map, in LANE_KINDS order; a facilitator may hide them or add custom ones. */
export const DEFAULT_LANES: Record<Exclude<LaneKind, 'custom'>, LocalizedText> = {
  actions: { fr: 'Actions du client', en: 'Customer actions' },
  touchpoints: { fr: 'Points de contact / canaux', en: 'Touchpoints / channels' },
  thoughts: { fr: 'Pensées', en: 'Thoughts' },
  emotion: { fr: 'Émotion', en: 'Emotion' },
  painPoints: { fr: 'Irritants', en: 'Pain points' },
  momentsOfTruth: { fr: 'Moments de vérité', en: 'Moments of truth' },
  frontstage: { fr: 'Front-office', en: 'Frontstage' },
  backstage: { fr: 'Back-office', en: 'Backstage' },
  opportunities: { fr: 'Opportunités', en: 'Opportunities' },
  measures: { fr: 'Mesures', en: 'Measures' },
};

/** The title of a new journey map: after its persona, or generic. */
export function defaultJourneyTitle(lang: Language, personaName: string | null): string {
  if (personaName === null) return lang === 'fr' ? 'Parcours client' : 'Customer journey';
  return lang === 'fr' ? `Parcours — ${personaName}` : `${personaName} — journey`;
}

/** The name of a new persona that was not given one; n counts from 1. */
export function defaultPersonaName(n: number): string {
  return `Persona ${n}`;
}

/** Starter content for a new workshop, in its language; fresh arrays the workshop may edit. */
export function boardDefaultsFor(template: Pick<BuiltinTemplate, 'starter'>, lang: Language): BoardDefaults {
  return {
    personaSections: template.starter.personaSections ? DEFAULT_PERSONA_SECTIONS.map((text) => text[lang]) : [],
    journeyStages: template.starter.journeyStages ? DEFAULT_JOURNEY_STAGES.map((text) => text[lang]) : [],
  };
}
