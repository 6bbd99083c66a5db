import { useI18n } from '../i18n';

export function LoadingScreen() {
  const { t } = useI18n();
  return (
    <main className="loading" aria-busy="true">
      <p>{t('common.loading')}</p>
    </main>
  );
}
