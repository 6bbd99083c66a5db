import { CX_DOMAINS, groupByDomain, type NextStep } from '../domain/next-steps';
import { SectionTitle, Sheet } from './Sheet';
import type { ReportText } from './text';

export interface NextStepsPageProps {
  steps: NextStep[];
  text: ReportText;
  number: number;
  running: string;
}

/** Action items with owner and due date, grouped by the six customer experience domains. */
export function NextStepsPage({ steps, text, number, running }: NextStepsPageProps) {
  const { t } = text;
  const groups = groupByDomain(steps);
  const counts = new Map(groups.map((group) => [group.domain, group.steps.length]));
  return (
    <Sheet kind="portrait" running={running}>
      <SectionTitle number={number} title={t('report.section.nextSteps')} lead={t('report.nextSteps.lead')} />
      <ul className="rp-domains" aria-hidden="true">
        {CX_DOMAINS.map((domain, index) => (
          <li key={domain} className={`rp-domain rp-domain--${domain}${counts.has(domain) ? '' : ' rp-domain--empty'}`}>
            <span className="rp-domain__index">{index + 1}</span>
            <span className="rp-domain__name">{t(`cx.domain.${domain}`)}</span>
            <span className="rp-domain__count">{counts.get(domain) ?? 0}</span>
          </li>
        ))}
      </ul>
      {groups.length === 0 && <p className="rp-empty">{t('report.nextSteps.none')}</p>}
      {groups.map((group) => (
        <section key={group.domain} className={`rp-actions rp-actions--${group.domain}`}>
          <h2 className="rp-actions__title">
            <span className="rp-actions__index" aria-hidden="true">
              {CX_DOMAINS.indexOf(group.domain) + 1}
            </span>
            {t(`cx.domain.${group.domain}`)}
          </h2>
          <table className="rp-table rp-actions__table">
            <thead>
              <tr>
                <th scope="col">{t('report.nextSteps.action')}</th>
                <th scope="col">{t('report.nextSteps.owner')}</th>
                <th scope="col">{t('report.nextSteps.due')}</th>
              </tr>
            </thead>
            <tbody>
              {group.steps.map((step) => (
                <tr key={step.id}>
                  <td>{step.text}</td>
                  <td>{step.owner || '—'}</td>
                  <td className="rp-nowrap">{step.dueDate ? text.day(step.dueDate) : '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ))}
    </Sheet>
  );
}
