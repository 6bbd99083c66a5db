import type { Language } from '../domain/settings';
import type { AppErrorData } from '../ipc/result';
import { en, fr, type MessageKey } from './catalog';

export type { MessageKey } from './catalog';

const catalogs: Record<Language, Record<MessageKey, string>> = { en, fr };

export type Params = Record<string, string | number>;

/** Looks a key up and fills `{name}` placeholders; unknown placeholders are left visible. */
export function translate(lang: Language, key: MessageKey, params?: Params): string {
  const template = catalogs[lang][key] ?? key;
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : whole,
  );
}

/** The user-facing sentence for an error answered by main. */
export function describeError(lang: Language, error: AppErrorData): string {
  if (error.code === 'store_unavailable' && (error.field === 'store.readOnly' || error.field === 'store.full')) {
    return translate(lang, error.field === 'store.full' ? 'error.store_unavailable.full' : 'error.store_unavailable.readOnly');
  }
  if (error.code === 'invalid_input' && error.field) {
    return translate(lang, 'error.invalid_input.field', { field: error.field });
  }
  return translate(lang, `error.${error.code}`);
}
