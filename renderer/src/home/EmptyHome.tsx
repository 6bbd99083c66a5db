import { useI18n } from '../i18n';
import { HomeExtras } from './HomeExtras';

type Tone = 'persona' | 'journey' | 'voting';

/** First run: what Atelier does and one clear first action. */
export function EmptyHome({ onCreate }: { onCreate: () => void }) {
  const { t } = useI18n();
  return (
    <main className="home" aria-labelledby="home-title">
      <section className="hero">
        <div className="hero__text">
          <h1 id="home-title" className="hero__title">
            {t('home.empty.title')}
          </h1>
          <p className="hero__body">{t('home.empty.body')}</p>
          <div className="hero__actions">
            <button type="button" className="button button--primary button--large" onClick={onCreate}>
              <span aria-hidden="true" className="button__icon">
                +
              </span>
              {t('home.empty.cta')}
            </button>
            <HomeExtras />
          </div>
          <p className="hero__note">
            <span aria-hidden="true" className="dot dot--ok" /> {t('home.offline')}
          </p>
        </div>
        <ul className="plain-list stack features" aria-label={t('app.tagline')}>
          <FeatureCard tone="persona" title={t('home.features.personas')} body={t('home.features.personas.body')} />
          <FeatureCard tone="journey" title={t('home.features.journey')} body={t('home.features.journey.body')} />
          <FeatureCard tone="voting" title={t('home.features.voting')} body={t('home.features.voting.body')} />
        </ul>
      </section>
    </main>
  );
}

function FeatureCard({ tone, title, body }: { tone: Tone; title: string; body: string }) {
  return (
    <li className={`feature feature--${tone} kind--${tone}`}>
      <svg className="feature__icon" viewBox="0 0 40 40" aria-hidden="true">
        {tone === 'persona' && (
          <>
            <circle cx="20" cy="15" r="7" />
            <path d="M7 35c1.5-8 7-12 13-12s11.5 4 13 12" />
          </>
        )}
        {tone === 'journey' && <path d="M4 28c6 0 7-14 13-14s6 10 11 10 6-12 9-12" />}
        {tone === 'voting' && (
          <>
            <circle cx="12" cy="13" r="4.5" />
            <circle cx="26" cy="11" r="4.5" />
            <circle cx="18" cy="25" r="4.5" />
            <circle cx="30" cy="27" r="4.5" />
          </>
        )}
      </svg>
      <div>
        <h2 className="feature__title">{title}</h2>
        <p className="feature__body">{body}</p>
      </div>
    </li>
  );
}
