import { useContext } from 'react';
import type { ReportData, ReportSection } from '../domain/report';
import { ImageSourceContext } from './Avatar';
import { Sheet } from './Sheet';
import type { ReportText } from './text';

export interface CoverPageProps {
  data: ReportData;
  text: ReportText;
  /** The numbered sections that follow, for the contents list. */
  contents: { section: ReportSection; number: number }[];
}

/** The first page: who, when, what is inside. No running header or page number. */
export function CoverPage({ data, text, contents }: CoverPageProps) {
  const { workshop } = data;
  const { t } = text;
  const interim = workshop.state !== 'finished';
  const facts: [string, string][] = [
    [t('report.cover.client'), workshop.client],
    [t('report.cover.date'), text.day(workshop.date)],
    [t('report.cover.facilitator'), workshop.facilitator],
  ];
  return (
    <Sheet kind="cover">
      <div className="rp-cover">
        <div className="rp-cover__band">
          <CoverBrand data={data} />
          <p className="rp-cover__kicker">{t('report.kicker')}</p>
          <h1 className="rp-cover__title">{workshop.title}</h1>
          <p className="rp-cover__subtitle">{t('report.deliverable')}</p>
          <CoverArt />
          <div className="rp-cover__stripes" aria-hidden="true">
            <span className="rp-stripe rp-stripe--persona" />
            <span className="rp-stripe rp-stripe--journey" />
            <span className="rp-stripe rp-stripe--voting" />
          </div>
        </div>
        <div className="rp-cover__details">
          <dl className="rp-cover__facts">
            {facts
              .filter(([, value]) => value.trim() !== '')
              .map(([label, value]) => (
                <div key={label} className="rp-cover__fact">
                  <dt>{label}</dt>
                  <dd>{value}</dd>
                </div>
              ))}
            {workshop.participants.length > 0 && (
              <div className="rp-cover__fact rp-cover__fact--wide">
                <dt>{t('report.cover.participants')}</dt>
                <dd>{workshop.participants.join(', ')}</dd>
              </div>
            )}
          </dl>
          {contents.length > 0 && (
            <nav className="rp-cover__contents" aria-label={t('report.cover.contents')}>
              <p className="rp-label">{t('report.cover.contents')}</p>
              <ol>
                {contents.map(({ section, number }) => (
                  <li key={section}>
                    <span className="rp-cover__num">{String(number).padStart(2, '0')}</span>
                    {t(`report.section.${section}`)}
                  </li>
                ))}
              </ol>
            </nav>
          )}
          <div className="rp-cover__foot">
            {interim && <p className="rp-badge rp-badge--interim">{t('report.interim')}</p>}
            <p className="rp-cover__generated">
              {[data.branding.footer, t('report.cover.generated', { date: text.day(data.generatedAt) }), data.branding.mentionAtelier ? t('report.brand.madeWith') : '']
                .filter(Boolean)
                .join(' · ')}
            </p>
          </div>
        </div>
      </div>
    </Sheet>
  );
}

/**
 * The firm's logo and name where the deliverable is signed. Without either, the band stays bare:
 * the client's pages name Atelier only when the facilitator asks for it.
 */
function CoverBrand({ data }: { data: ReportData }) {
  const source = useContext(ImageSourceContext);
  const { firmName, logoId, mentionAtelier } = data.branding;
  const logo = logoId ? source(logoId) : null;
  const name = firmName.trim() || (logo === null && mentionAtelier ? 'Atelier' : '');
  if (!logo && !name) return null;
  return (
    <div className="rp-cover__brand">
      {logo && (
        <span className="rp-cover__logo">
          <img src={logo} alt={firmName.trim()} />
        </span>
      )}
      {name && <p className="rp-cover__firm">{name}</p>}
    </div>
  );
}

/** A quiet journey line behind the title: the app's three colours, drawn as vectors. */
function CoverArt() {
  return (
    <svg className="rp-cover__art" viewBox="0 0 400 120" preserveAspectRatio="none" aria-hidden="true" focusable="false">
      <path d="M0 90 C 40 90, 60 40, 100 45 S 160 100, 200 80 S 260 20, 300 30 S 370 70, 400 50" className="rp-cover__line rp-cover__line--journey" />
      <path d="M0 105 C 50 100, 80 70, 130 75 S 210 110, 260 95 S 340 60, 400 75" className="rp-cover__line rp-cover__line--voting" />

    </svg>
  );
}
