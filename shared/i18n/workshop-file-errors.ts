import type { Language } from '../domain/settings';
import {
  WORKSHOP_FILE_COUNTED,
  WORKSHOP_FILE_PARTS,
  WORKSHOP_FILE_PROBLEMS,
  type WorkshopFileCounted,
  type WorkshopFilePart,
} from '../domain/workshop-file';
import type { AppErrorData } from '../ipc/result';
import { describeError, translate } from './index';

const COUNTED = new Set<string>(Object.values(WORKSHOP_FILE_COUNTED));

/**
 * The sentence for a refused workshop file, in the user's language, built from the error's
 * `file_<problem>` reason and params — never from its English message. An answer that is not a
 * file refusal (the database is unavailable, the request was too big for the transport) gets the
 * app's usual sentence, except a body too big, which is the import's own "over 50 MB".
 */
export function describeImportError(lang: Language, error: AppErrorData): string {
  if (error.code === 'too_large') return translate(lang, 'import.error.tooLarge');
  const problem = WORKSHOP_FILE_PROBLEMS.find((name) => error.reason === `file_${name}`);
  if (!problem) return describeError(lang, error);
  const params = error.params ?? {};
  const number = (value: unknown): string => new Intl.NumberFormat(lang).format(Number(value));
  switch (problem) {
    case 'limit': {
      const things = String(params.things);
      if (!COUNTED.has(things)) break;
      return translate(lang, 'import.error.limit', {
        count: number(params.count),
        maximum: number(params.maximum),
        things: translate(lang, `import.things.${things as WorkshopFileCounted}`),
      });
    }
    case 'picture':
      return translate(lang, 'import.error.picture', { persona: String(params.persona ?? '') });
    case 'content':
      break;
    default:
      return translate(lang, `import.error.${problem}`);
  }
  const part = (WORKSHOP_FILE_PARTS as readonly string[]).includes(String(params.part)) ? (params.part as WorkshopFilePart) : 'file';
  return translate(lang, 'import.error.content', { part: translate(lang, `import.part.${part}`) });
}
