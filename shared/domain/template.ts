import type { Language } from './settings';
import type { BoardDefaults, StepKind } from './workshop';

export type LocalizedText = Record<Language, string>;

export interface TemplateStepDefinition {
  kind: StepKind;
  minutes: number;
  title: LocalizedText;
  instructions: LocalizedText;
  /** An individual-writing step: run in silence unless the facilitator says otherwise. */
  silent?: boolean;
}

/** A built-in template, written in both languages. */
export interface BuiltinTemplate {
  id: 'persona' | 'journey' | 'voting' | 'cx-discovery';
  name: LocalizedText;
  description: LocalizedText;
  steps: TemplateStepDefinition[];
  /** Which starter content the workshop gets. */
  starter: { personaSections: boolean; journeyStages: boolean };
}

/** What the template picker shows: built-in ones localized, plus the facilitator's own. */
export interface TemplateSummary {
  id: string;
  builtin: boolean;
  name: string;
  description: string;
  language: Language | null;
  stepCount: number;
  plannedMinutes: number;
  steps: { kind: StepKind; title: string; instructions: string; plannedMinutes: number; silent: boolean }[];
  boardDefaults: BoardDefaults;
}
