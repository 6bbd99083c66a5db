import { describe, expect, it } from 'vitest';
import { en, fr } from '../../shared/i18n/catalog';
import { GLOSSARY, type Retired } from '../../shared/i18n/glossary';
import { BUILTIN_TEMPLATES } from '../../shared/templates/builtin';
import { DEFAULT_LANES, DEFAULT_JOURNEY_STAGES, DEFAULT_PERSONA_SECTIONS, defaultJourneyTitle } from '../../shared/templates/defaults';

const catalogs = { en, fr } as const;
const rules: Retired[] = GLOSSARY.flatMap((entry) => entry.retired);

/** Every "key: text" that uses a retired word. */
function offences(lang: 'en' | 'fr', messages: Record<string, string>): string[] {
  const found: string[] = [];
  for (const [key, text] of Object.entries(messages)) {
    for (const rule of rules) {
      if (rule.lang !== lang || (rule.keys && !rule.keys.test(key))) continue;
      if (rule.pattern.test(text)) found.push(`${key}: “${text}” — say “${rule.instead}”`);
    }
  }
  return found;
}

describe('the glossary', () => {
  it('names each idea once, in both languages', () => {
    const words = GLOSSARY.map((entry) => entry.idea);
    expect(new Set(words).size).toBe(words.length);
    for (const entry of GLOSSARY) {
      expect(entry.en.trim(), entry.idea).not.toBe('');
      expect(entry.fr.trim(), entry.idea).not.toBe('');
    }
  });

  it.each(['en', 'fr'] as const)('is followed by every %s message', (lang) => {
    expect(offences(lang, catalogs[lang])).toEqual([]);
  });

  it('is followed by the built-in templates and board defaults', () => {
    for (const lang of ['en', 'fr'] as const) {
      const texts: Record<string, string> = {};
      for (const template of BUILTIN_TEMPLATES) {
        template.steps.forEach((step, i) => {
          texts[`template.${template.id}.${i}.title`] = step.title[lang];
          texts[`template.${template.id}.${i}.instructions`] = step.instructions[lang];
        });
      }
      DEFAULT_JOURNEY_STAGES.forEach((stage, i) => (texts[`boards.stage.default.${i}`] = stage[lang]));
      DEFAULT_PERSONA_SECTIONS.forEach((section, i) => (texts[`boards.section.default.${i}`] = section[lang]));
      for (const [kind, title] of Object.entries(DEFAULT_LANES)) texts[`boards.lane.default.${kind}`] = title[lang];
      texts['boards.journey.defaultTitle'] = defaultJourneyTitle(lang, null);
      texts['boards.journey.defaultTitlePersona'] = defaultJourneyTitle(lang, 'Léa');
      expect(offences(lang, texts)).toEqual([]);
    }
  });

  it('catches a retired word, and only where it is wrong', () => {
    expect(offences('fr', { 'participant.add.lane': 'Ligne' })).not.toEqual([]);
    expect(offences('fr', { 'create.field.participants.hint': 'Un nom par ligne (facultatif).' })).toEqual([]);
    expect(offences('fr', { 'boards.stage.add': 'Ajouter une étape' })).not.toEqual([]);
    expect(offences('fr', { 'agenda.addStep': 'Ajouter une étape' })).toEqual([]);
    expect(offences('fr', { 'x.y': 'Nouvelle carte de parcours' })).not.toEqual([]);
    expect(offences('en', { 'x.y': 'Next steps' })).not.toEqual([]);
    expect(offences('en', { 'timer.next': 'Next step' })).toEqual([]);
    expect(offences('fr', { 'x.y': 'Persona principal' })).not.toEqual([]);
    expect(offences('fr', { 'grouping.untitled': 'Groupe sans titre' })).not.toEqual([]);
    expect(offences('fr', { 'csv.group': 'Groupe' })).not.toEqual([]);
    expect(offences('fr', { 'voting.groupItem.members': 'Cartes des groupes' })).not.toEqual([]);
    expect(offences('fr', { 'grouping.untitled': 'Regroupement sans titre' })).toEqual([]);
    expect(offences('fr', { 'grouping.dnd.droppedOnCard': 'Carte « A » groupée avec « B ».' })).toEqual([]);
    expect(offences('fr', { 'home.empty.body': 'Atelier guide le groupe étape par étape.' })).toEqual([]);
  });
});
