import type { ReportVoteResult } from '../domain/report';
import { SectionTitle, Sheet } from './Sheet';
import type { ReportText } from './text';

export interface VotingPageProps {
  results: ReportVoteResult[];
  text: ReportText;
  number: number;
  running: string;
}

/** Revealed dot votes: pain points ranked, ties shown, a bar and the count for each. */
export function VotingPage({ results, text, number, running }: VotingPageProps) {
  const { t } = text;
  return (
    <Sheet kind="portrait" running={running}>
      <SectionTitle number={number} title={t('report.section.voting')} />
      {results.length === 0 && <p className="rp-empty">{t('report.voting.none')}</p>}
      {results.map((result) => {
        const max = Math.max(1, ...result.items.map((item) => item.votes));
        return (
          <section key={result.id} className="rp-vote">
            <h2 className="rp-vote__title">{result.title}</h2>
            <p className="rp-vote__lead">
              {t('report.voting.lead', {
                participants: text.count('report.count.participants', result.participants),
                dots: text.count('report.count.dotsCast', result.votesCast),
              })}
            </p>
            <ol className="rp-ranking">
              {result.items.map((item, index) => (
                <li key={index} className={`rp-rank${item.rank <= 3 && item.votes > 0 ? ' rp-rank--top' : ''}`}>
                  <span className="rp-rank__number" aria-label={`${t('report.voting.rank')} ${item.rank}`}>
                    {item.tied ? `=${item.rank}` : item.rank}
                  </span>
                  <span className="rp-rank__body">
                    <span className="rp-rank__text">{item.text}</span>
                    {item.members.length > 0 && (
                      <span className="rp-rank__members" role="list">
                        {item.members.map((member, i) => (
                          <span key={i} role="listitem" className="rp-rank__member">
                            {member}
                          </span>
                        ))}
                      </span>
                    )}
                    <span className="rp-rank__meta">
                      {[
                        item.context,
                        item.severity !== null ? t('report.journey.severity', { level: item.severity }) : '',
                        item.tied ? t('report.voting.tie') : '',
                      ]
                        .filter(Boolean)
                        .join(' · ')}
                    </span>
                    <span className="rp-rank__bar" aria-hidden="true">
                      <span style={{ width: `${(item.votes / max) * 100}%` }} />
                    </span>
                  </span>
                  <span className="rp-rank__votes">
                    {text.count('report.count.dots', item.votes)}
                  </span>
                </li>
              ))}
            </ol>
          </section>
        );
      })}
    </Sheet>
  );
}
