import type { SilentTally } from '../../../shared/domain/card-visibility';
import { silentCountLine } from '../../../shared/i18n/silent-count';
import { useI18n } from '../i18n';
import '../styles/presenter-silence.css';

/**
 * Silent writing on the projector: how many ideas from how many people, in huge type, and who
 * has written when the workshop names authors. Never a hidden card.
 */
export function PresenterSilence({ tally }: { tally: SilentTally }) {
  const { t, lang } = useI18n();
  return (
    <section className="psilence" aria-labelledby="psilence-title">
      <h2 id="psilence-title" className="psilence__title">
        {t('silent.presenter.title')}
      </h2>
      <p className="psilence__count" aria-live="polite">
        {silentCountLine(t, lang, tally.ideas, tally.people)}
      </p>
      {tally.writers.length > 0 && (
        <ul className="psilence__writers" aria-label={t('silent.writersLabel')}>
          {tally.writers.map((name) => (
            <li key={name} className="psilence__writer">
              {name}
            </li>
          ))}
        </ul>
      )}
      <p className="psilence__hint">{t('silent.presenter.hint')}</p>
    </section>
  );
}
