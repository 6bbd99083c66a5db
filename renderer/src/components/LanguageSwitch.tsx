import { LANGUAGES, type Language } from '../../../shared/domain/settings';
import { useAppState } from '../app-state';
import { useI18n } from '../i18n';

/** FR | EN segmented switch; the choice is stored in main so every window follows it. */
export function LanguageSwitch() {
  const { api, run, setSettings, settings, status } = useAppState();
  const { lang, t } = useI18n();
  const choose = async (language: Language): Promise<void> => {
    // With the database unreadable the choice can only live in this page until it is repaired.
    if (status?.mode === 'recovery') return setSettings({ ...settings, language });
    const saved = await run(api.settingsUpdate({ language }));
    if (saved) setSettings(saved);
  };
  return (
    <div className="segmented" role="group" aria-label={t('lang.label')}>
      {LANGUAGES.map((code) => (
        <button
          key={code}
          type="button"
          lang={code}
          className="segmented__option"
          aria-pressed={lang === code}
          onClick={() => void choose(code)}
        >
          {t(`lang.${code}`)}
        </button>
      ))}
    </div>
  );
}
