import type { Language } from '../domain/settings';
import type { BuiltinTemplate, LocalizedText } from '../domain/template';
import type { BoardDefaults } from '../domain/workshop';

/** Persona sections: the seeds' needs, desires and constraints first, then what facilitators add. */
export const DEFAULT_PERSONA_SECTIONS: LocalizedText[] = [
  { fr: 'Besoins', en: 'Needs' },
  { fr: 'Envies', en: 'Desires' },
  { fr: 'Contraintes', en: 'Constraints' },
  { fr: 'Objectifs', en: 'Goals' },
  { fr: 'Frustrations', en: 'Frustrations' },
  { fr: 'Comportements', en: 'Behaviours' },
  { fr: 'Canaux', en: 'Channels' },
];

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

/** Starter content for a new workshop, in its language; fresh arrays the workshop may edit. */
export function boardDefaultsFor(template: Pick<BuiltinTemplate, 'starter'>, lang: Language): BoardDefaults {
  return {
    personaSections: template.starter.personaSections ? DEFAULT_PERSONA_SECTIONS.map((text) => text[lang]) : [],
    journeyStages: template.starter.journeyStages ? DEFAULT_JOURNEY_STAGES.map((text) => text[lang]) : [],
  };
}
