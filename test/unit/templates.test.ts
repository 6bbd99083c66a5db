import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../shared/domain/settings';
import type { BuiltinTemplate } from '../../shared/domain/template';
import { stepMinutesSchema } from '../../shared/domain/workshop';
import { BUILTIN_TEMPLATES, builtinTemplate } from '../../shared/templates/builtin';
import { boardDefaultsFor, DEFAULT_JOURNEY_STAGES, DEFAULT_PERSONA_SECTIONS } from '../../shared/templates/defaults';
import { localizeBuiltin } from '../../shared/templates/localize';
import { builtinTemplateSchema, templateStepsSchema, templateSummarySchema } from '../../shared/templates/schema';

const byId = (id: BuiltinTemplate['id']) => {
  const template = builtinTemplate(id);
  if (!template) throw new Error(`missing built-in template ${id}`);
  return template;
};
const total = (template: BuiltinTemplate) => template.steps.reduce((sum, step) => sum + step.minutes, 0);

describe('built-in templates', () => {
  it('are the four expected ones, found by id', () => {
    expect(BUILTIN_TEMPLATES.map((t) => t.id)).toEqual(['persona', 'journey', 'voting', 'cx-discovery']);
    expect(builtinTemplate('nope')).toBeUndefined();
  });

  it.each(BUILTIN_TEMPLATES.map((t) => [t.id, t] as const))('%s is valid and translated', (_id, template) => {
    expect(builtinTemplateSchema.safeParse(template).error).toBeUndefined();
  });

  for (const lang of LANGUAGES) {
    it.each(BUILTIN_TEMPLATES.map((t) => [t.id, t] as const))(`%s is a valid summary in ${lang}`, (_id, template) => {
      const summary = localizeBuiltin(template, lang);
      expect(templateSummarySchema.safeParse(summary).error).toBeUndefined();
      expect(summary).toMatchObject({ builtin: true, language: null, stepCount: template.steps.length });
      expect(summary.plannedMinutes).toBe(total(template));
    });
  }

  it('never announce more minutes in an instruction than the step lasts', () => {
    for (const template of BUILTIN_TEMPLATES) {
      for (const step of template.steps) {
        for (const lang of LANGUAGES) {
          const announced = /^(\d+) min/.exec(step.instructions[lang]);
          if (announced) expect(Number(announced[1]), step.title.en).toBeLessThanOrEqual(step.minutes);
        }
      }
    }
  });

  it('write French with typographic apostrophes and quotes', () => {
    for (const template of BUILTIN_TEMPLATES) {
      const french = [template.name.fr, template.description.fr, ...template.steps.flatMap((s) => [s.title.fr, s.instructions.fr])];
      for (const text of french) expect(text, text).not.toMatch(/['"]/);
    }
  });

  it('the CX discovery half day chains persona, journey and voting, with breaks, in 3 to 4.5 hours', () => {
    const cx = byId('cx-discovery');
    const kinds = cx.steps.map((s) => s.kind);
    const firstPersona = kinds.indexOf('persona');
    const firstJourney = kinds.indexOf('journey');
    const firstVoting = kinds.indexOf('voting');
    expect(firstPersona).toBeGreaterThanOrEqual(0);
    expect(firstJourney).toBeGreaterThan(firstPersona);
    expect(firstVoting).toBeGreaterThan(firstJourney);
    expect(kinds.filter((k) => k === 'break').length).toBeGreaterThanOrEqual(2);
    expect(total(cx)).toBeGreaterThanOrEqual(180);
    expect(total(cx)).toBeLessThanOrEqual(270);
  });

  it('each standalone template centres on its own kind of step', () => {
    expect(byId('persona').steps.some((s) => s.kind === 'persona')).toBe(true);
    expect(byId('journey').steps.some((s) => s.kind === 'journey')).toBe(true);
    expect(byId('voting').steps.filter((s) => s.kind === 'voting')).toHaveLength(1);
  });
});

describe('starter content', () => {
  it('gives the journey template seven stages in both languages', () => {
    expect(boardDefaultsFor(byId('journey'), 'fr').journeyStages).toEqual([
      'Prise de conscience du besoin',
      'Recherche',
      'Achat',
      'Utilisation',
      'Évaluation',
      'Fidélisation',
      'Recommandation',
    ]);
    expect(boardDefaultsFor(byId('journey'), 'en').journeyStages).toEqual([
      'Need awareness',
      'Research',
      'Purchase',
      'Use',
      'Evaluation',
      'Loyalty',
      'Recommendation',
    ]);
    expect(boardDefaultsFor(byId('journey'), 'en').personaSections).toEqual([]);
  });

  it('gives persona templates needs, desires and constraints first', () => {
    expect(boardDefaultsFor(byId('persona'), 'fr').personaSections.slice(0, 3)).toEqual(['Besoins', 'Envies', 'Contraintes']);
    expect(boardDefaultsFor(byId('persona'), 'en').personaSections).toHaveLength(DEFAULT_PERSONA_SECTIONS.length);
    expect(boardDefaultsFor(byId('persona'), 'en').journeyStages).toEqual([]);
  });

  it('gives CX discovery both, and voting neither', () => {
    const cx = localizeBuiltin(byId('cx-discovery'), 'fr').boardDefaults;
    expect(cx.personaSections).toHaveLength(7);
    expect(cx.journeyStages).toHaveLength(DEFAULT_JOURNEY_STAGES.length);
    expect(localizeBuiltin(byId('voting'), 'en').boardDefaults).toEqual({ personaSections: [], journeyStages: [] });
  });

  it('returns arrays a workshop can edit without changing the defaults', () => {
    const defaults = boardDefaultsFor(byId('journey'), 'en');
    defaults.journeyStages.push('Renewal');
    expect(boardDefaultsFor(byId('journey'), 'en').journeyStages).toHaveLength(7);
  });
});

describe('template schemas', () => {
  const valid = { kind: 'discussion', title: 'Kickoff', instructions: 'Say hello.', plannedMinutes: 10 } as const;

  it('step durations accept 1 and 240 minutes and reject 0, 241 and fractions', () => {
    expect(stepMinutesSchema.safeParse(1).success).toBe(true);
    expect(stepMinutesSchema.safeParse(240).success).toBe(true);
    expect(stepMinutesSchema.safeParse(0).success).toBe(false);
    expect(stepMinutesSchema.safeParse(241).success).toBe(false);
    expect(stepMinutesSchema.safeParse(2.5).success).toBe(false);
  });

  it('reject empty agendas, empty or long titles, long instructions and unknown kinds', () => {
    expect(templateStepsSchema.safeParse([valid]).success).toBe(true);
    expect(templateStepsSchema.safeParse([]).success).toBe(false);
    expect(templateStepsSchema.safeParse([{ ...valid, title: '  ' }]).success).toBe(false);
    expect(templateStepsSchema.safeParse([{ ...valid, title: 'x'.repeat(61) }]).success).toBe(false);
    expect(templateStepsSchema.safeParse([{ ...valid, instructions: 'x'.repeat(281) }]).success).toBe(false);
    expect(templateStepsSchema.safeParse([{ ...valid, kind: 'lunch' }]).success).toBe(false);
    expect(templateStepsSchema.safeParse([{ ...valid, plannedMinutes: 241 }]).success).toBe(false);
  });

  it('catch an instruction left untranslated', () => {
    const voting = byId('voting');
    const [first, ...rest] = voting.steps;
    if (!first) throw new Error('voting has steps');
    const untranslated = {
      ...voting,
      steps: [{ ...first, instructions: { fr: first.instructions.en, en: first.instructions.en } }, ...rest],
    };
    const result = builtinTemplateSchema.safeParse(untranslated);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['steps', 0, 'instructions']);
  });

  it('catch a summary whose counts disagree with its steps', () => {
    const summary = localizeBuiltin(byId('persona'), 'en');
    expect(templateSummarySchema.safeParse({ ...summary, stepCount: 1 }).success).toBe(false);
    expect(templateSummarySchema.safeParse({ ...summary, plannedMinutes: 1 }).success).toBe(false);
  });
});
