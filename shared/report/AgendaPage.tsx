import { stepActualMinutes, totalPlannedMinutes } from '../domain/schedule';
import type { Step } from '../domain/workshop';
import { Empty, SectionTitle, Sheet } from './Sheet';
import type { ReportText } from './text';

export interface AgendaPageProps {
  steps: Step[];
  text: ReportText;
  number: number;
  running: string;
}

/** The agenda as it was run: each step's planned time against the time it actually took. */
export function AgendaPage({ steps, text, number, running }: AgendaPageProps) {
  const { t } = text;
  const actuals = steps.map((step) => stepActualMinutes(step));
  const planned = totalPlannedMinutes(steps);
  const ran = actuals.filter((minutes): minutes is number => minutes !== null);
  const actualTotal = ran.reduce((sum, minutes) => sum + minutes, 0);
  const lead =
    ran.length > 0
      ? t('report.agenda.lead', { planned: text.duration(planned), actual: text.duration(actualTotal) })
      : t('report.agenda.leadNotStarted', { planned: text.duration(planned) });
  const scale = Math.max(1, ...steps.map((step, index) => Math.max(step.plannedMinutes, actuals[index] ?? 0)));
  const plannedOfRun = steps.reduce((sum, step, index) => sum + (actuals[index] === null ? 0 : step.plannedMinutes), 0);

  return (
    <Sheet kind="portrait" running={running}>
      <SectionTitle number={number} title={t('report.section.agenda')} lead={lead} />
      {steps.length === 0 ? (
        <Empty text={text} />
      ) : (
        <table className="rp-table rp-agenda">
          <thead>
            <tr>
              <th scope="col" className="rp-agenda__index">
                #
              </th>
              <th scope="col">{t('report.agenda.step')}</th>
              <th scope="col">{t('report.agenda.time')}</th>
              <td className="rp-agenda__bars" />
              <th scope="col" className="rp-num">
                {t('report.agenda.planned')}
              </th>
              <th scope="col" className="rp-num">
                {t('report.agenda.actual')}
              </th>
              <th scope="col" className="rp-num">
                {t('report.agenda.difference')}
              </th>
            </tr>
          </thead>
          <tbody>
            {steps.map((step, index) => {
              const actual = actuals[index] ?? null;
              const diff = actual === null ? null : Math.round(actual) - step.plannedMinutes;
              return (
                <tr key={step.id}>
                  <td className="rp-agenda__index">{index + 1}</td>
                  <td>
                    <span className="rp-agenda__title">
                      {step.title}
                      <span className={`rp-kind rp-kind--${step.kind}`}>{t(`kind.${step.kind}`)}</span>
                    </span>
                  </td>
                  <td className="rp-agenda__time">
                    {step.actualStart ? `${text.time(step.actualStart)}${step.actualEnd ? ` – ${text.time(step.actualEnd)}` : ''}` : '—'}
                  </td>
                  <td className="rp-agenda__bars" aria-hidden="true">
                    <span className="rp-bars">
                      <span className="rp-bars__planned" style={{ width: `${(step.plannedMinutes / scale) * 100}%` }} />
                      {actual !== null && (
                        <span
                          className={diff !== null && diff > 0 ? 'rp-bars__actual rp-bars__actual--over' : 'rp-bars__actual'}
                          style={{ width: `${(actual / scale) * 100}%` }}
                        />
                      )}
                    </span>
                  </td>
                  <td className="rp-num">{text.duration(step.plannedMinutes)}</td>
                  <td className="rp-num">
                    {actual !== null ? text.duration(actual) : step.actualStart ? t('report.agenda.running') : t('report.agenda.notRun')}
                  </td>
                  <td className={`rp-num ${diff !== null && diff > 0 ? 'rp-over' : diff !== null && diff < 0 ? 'rp-under' : ''}`}>
                    {diff === null ? '—' : text.difference(diff)}
                  </td>
                </tr>
              );
            })}
            {/* The total is the table's last row, not a <tfoot>: Chromium repeats a footer on every page. */}
            <tr className="rp-agenda__total">
              <td />
              <th scope="row">{t('report.agenda.total')}</th>
              <td />
              <td />
              <td className="rp-num">{text.duration(planned)}</td>
              <td className="rp-num">{ran.length > 0 ? text.duration(actualTotal) : '—'}</td>
              <td className="rp-num">{ran.length > 0 ? text.difference(Math.round(actualTotal) - plannedOfRun) : '—'}</td>
            </tr>
          </tbody>
        </table>
      )}
    </Sheet>
  );
}
