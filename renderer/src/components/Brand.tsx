import { useI18n } from '../i18n';

/** The wordmark: three overlapping cards, the workshop's basic unit. */
export function Brand() {
  const { t } = useI18n();
  return (
    <div className="brand">
      <svg className="brand__mark" viewBox="0 0 32 32" aria-hidden="true">
        <rect x="3" y="7" width="16" height="16" rx="3" className="brand__card brand__card--a" />
        <rect x="9" y="4" width="16" height="16" rx="3" className="brand__card brand__card--b" />
        <rect x="13" y="11" width="16" height="16" rx="3" className="brand__card brand__card--c" />
      </svg>
      <span className="brand__name">{t('app.name')}</span>
    </div>
  );
}
