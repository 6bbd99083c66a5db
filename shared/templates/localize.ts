import type { Language } from '../domain/settings';
import type { BuiltinTemplate, TemplateSummary } from '../domain/template';
import { boardDefaultsFor } from './defaults';

/**
 * A built-in template as the picker shows it in one language. `language` stays null because a
 * built-in exists in every language; only the facilitator's own templates are tied to one.
 */
export function localizeBuiltin(template: BuiltinTemplate, lang: Language): TemplateSummary {
  const steps = template.steps.map((step) => ({
    kind: step.kind,
    title: step.title[lang],
    instructions: step.instructions[lang],
    plannedMinutes: step.minutes,
    silent: step.silent ?? false,
  }));
  return {
    id: template.id,
    builtin: true,
    name: template.name[lang],
    description: template.description[lang],
    language: null,
    stepCount: steps.length,
    plannedMinutes: steps.reduce((sum, step) => sum + step.plannedMinutes, 0),
    steps,
    boardDefaults: boardDefaultsFor(template, lang),
  };
}
