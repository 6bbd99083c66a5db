import type { Quadrant } from '../domain/matrix';
import type { Synthesis } from '../domain/synthesis';
import { SectionTitle, Sheet } from './Sheet';
import type { ReportText } from './text';

export interface SynthesisPageProps {
  synthesis: Synthesis;
  text: ReportText;
  number: number;
  running: string;
}

function signed(score: number): string {
  return score > 0 ? `+${score}` : score < 0 ? `\u2212${Math.abs(score)}` : '0';
}

export function QuadrantChip({ quadrant, text }: { quadrant: Quadrant; text: ReportText }) {
  return <span className={`rp-quadrant rp-quadrant--${quadrant}`}>{text.t(`matrix.quadrant.${quadrant}`)}</span>;
}

/**
 * The page a sponsor reads first, right after the cover: the top priorities with their dots and
 * quadrant, the journey's lowest moments, the key figures and the actions by domain. What it
 * shows is chosen by shared/domain/synthesis.ts; texts come cut so it always holds on one page.
 */
export function SynthesisPage({ synthesis, text, number, running }: SynthesisPageProps) {
  const { t } = text;
  const { figures } = synthesis;
  const tiles = [
    ['participants', figures.participants],
    ['ideas', figures.ideas],
    ['dots', figures.dots],
    ['actions', figures.actions],
  ] as const;
  const source =
    synthesis.from === null
      ? null
      : synthesis.from.kind === 'vote'
        ? t('report.synthesis.fromVote', { title: synthesis.from.title })
        : matrixSource(synthesis.from.title, t);
  return (
    <Sheet kind="portrait" running={running}>
      <div className="rp-synthesis">
        <SectionTitle number={number} title={t('report.section.synthesis')} lead={t('report.synthesis.lead')} />
        <section className="rp-synthesis__figures" aria-label={t('report.synthesis.figures')}>
          {tiles.map(([key, value]) => (
            <p key={key} className={`rp-figure rp-figure--${key}`}>
              <span className="rp-figure__value">{text.number(value)}</span>{' '}
              <span className="rp-figure__label">{text.count(`report.figure.${key}`, value)}</span>
            </p>
          ))}
        </section>

        <section className="rp-synthesis__block">
          <div className="rp-synthesis__head">
            <h2 className="rp-synthesis__title">{t('report.synthesis.priorities')}</h2>
            {source && <p className="rp-synthesis__source">{source}</p>}
          </div>
          {synthesis.priorities.length === 0 ? (
            <p className="rp-empty">{t('report.synthesis.noPriority')}</p>
          ) : (
            <ol className="rp-priorities">
              {synthesis.priorities.map((priority, index) => (
                <li key={index} className="rp-priority">
                  <span className="rp-priority__rank">{index + 1}</span>
                  <span className="rp-priority__text">{priority.text}</span>
                  <span className="rp-priority__meta">
                    {priority.quadrant && <QuadrantChip quadrant={priority.quadrant} text={text} />}
                    {priority.votes !== null && <span className="rp-priority__dots">{text.count('report.count.dots', priority.votes)}</span>}
                  </span>
                </li>
              ))}
            </ol>
          )}
        </section>

        <section className="rp-synthesis__block">
          <h2 className="rp-synthesis__title">{t('report.synthesis.lows')}</h2>
          {synthesis.lows.length === 0 ? (
            <p className="rp-empty">{t('report.synthesis.noLow')}</p>
          ) : (
            <ul className="rp-lows">
              {synthesis.lows.map((low, index) => (
                <li key={index} className="rp-low">
                  <span className="rp-low__score" aria-label={`${t('report.journey.emotion')} ${signed(low.score)}`}>
                    {signed(low.score)}
                  </span>
                  <span className="rp-low__body">
                    <span className="rp-low__stage">{low.stageTitle}</span>
                    <span className="rp-low__map">{low.personaName ?? low.mapTitle}</span>
                    {low.painPoint && <span className="rp-low__pain">{low.painPoint}</span>}
                    {low.note && <span className="rp-low__note">{low.note}</span>}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </section>

        <section className="rp-synthesis__block">
          <h2 className="rp-synthesis__title">{t('report.synthesis.actions')}</h2>
          {synthesis.domains.length === 0 ? (
            <p className="rp-empty">{t('report.synthesis.noAction')}</p>
          ) : (
            <ul className="rp-synthesis__domains">
              {synthesis.domains.map((group) => (
                <li key={group.domain} className={`rp-sdomain rp-sdomain--${group.domain}`}>
                  <span className="rp-sdomain__head">
                    <span className="rp-sdomain__name">{t(`cx.domain.${group.domain}`)}</span>
                    <span className="rp-sdomain__count">{text.count('report.count.actions', group.count)}</span>
                  </span>
                  <ul className="rp-sdomain__actions">
                    {group.actions.map((action, index) => (
                      <li key={index}>{action}</li>
                    ))}
                  </ul>
                  {group.count > group.actions.length && (
                    <span className="rp-sdomain__more">{text.count('report.synthesis.more', group.count - group.actions.length)}</span>
                  )}
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>
    </Sheet>
  );
}

/**
 * Where the priorities come from, for a matrix: its title in quotes, after "the matrix" unless the
 * title already says it is one (the template's « Matrice impact × effort » is not "the matrix
 * « Matrice… »").
 */
function matrixSource(title: string, t: SynthesisPageProps['text']['t']): string {
  const named = title.trim();
  if (!named) return t('report.synthesis.fromMatrixUntitled');
  const saysMatrix = named.toLocaleLowerCase().includes(t('report.synthesis.matrixWord'));
  return t(saysMatrix ? 'report.synthesis.fromTitle' : 'report.synthesis.fromMatrix', { title: named });
}
