import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { translate, describeError, type MessageKey, type Params } from '../../shared/i18n';
import { translateCount, type CountedKey } from '../../shared/i18n/plural';
import type { Language } from '../../shared/domain/settings';
import type { AppErrorData } from '../../shared/ipc/result';

export interface I18n {
  lang: Language;
  t: (key: MessageKey, params?: Params) => string;
  /** A counted message (`<key>.one` / `<key>.other`) in the form the count asks for: shared/i18n/plural.ts. */
  tc: (key: CountedKey, count: number, params?: Params) => string;
  describe: (error: AppErrorData) => string;
}

const I18nContext = createContext<I18n | null>(null);

export function I18nProvider({ lang, children }: { lang: Language; children: ReactNode }) {
  const value = useMemo<I18n>(
    () => ({
      lang,
      t: (key, params) => translate(lang, key, params),
      tc: (key, count, params) => translateCount(lang, key, count, params),
      describe: (error) => describeError(lang, error),
    }),
    [lang],
  );
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n outside I18nProvider');
  return value;
}
