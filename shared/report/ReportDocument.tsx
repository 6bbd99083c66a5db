import { REPORT_SECTIONS, type ReportData, type ReportOptions, type ReportSection } from '../domain/report';
import { AgendaPage } from './AgendaPage';
import { ImageSourceContext, embeddedImages, type ImageSource } from './Avatar';
import { CoverPage } from './CoverPage';
import { JourneyPages } from './JourneyPages';
import { NextStepsPage } from './NextStepsPage';
import { PersonaPage } from './PersonaPage';
import { Empty, SectionTitle, Sheet } from './Sheet';
import { reportText, type ReportText } from './text';
import { VotingPage } from './VotingPage';

export interface ReportDocumentProps {
  data: ReportData;
  options: Pick<ReportOptions, 'sections' | 'pageSize'>;
  /** Where pictures come from; by default the data URLs of a print read (`data.pictures`). */
  images?: ImageSource;
}

/**
 * The whole deliverable. Pure: no effects, no DOM, no Node, so main renders it to HTML for the
 * PDF (react-dom/server) and the renderer mounts it for the preview, from the same ReportData.
 * Sections always come in the same order, whatever order they were picked in.
 */
export function ReportDocument({ data, options, images }: ReportDocumentProps) {
  const text = reportText(data.language);
  const { t } = text;
  const picked = REPORT_SECTIONS.filter((section) => options.sections.includes(section));
  const numbered = picked.filter((section): section is Exclude<ReportSection, 'cover'> => section !== 'cover');
  const numberOf = (section: ReportSection): number => numbered.indexOf(section as Exclude<ReportSection, 'cover'>) + 1;
  const running = [data.workshop.title, data.workshop.client].filter(Boolean).join(' · ');

  return (
    <ImageSourceContext.Provider value={images ?? embeddedImages(data.pictures)}>
      <div className={`rp rp--${options.pageSize.toLowerCase()}`} lang={data.language}>
        {picked.map((section) => {
          switch (section) {
            case 'cover':
              return (
                <CoverPage key={section} data={data} text={text} contents={numbered.map((item) => ({ section: item, number: numberOf(item) }))} />
              );
            case 'agenda':
              return <AgendaPage key={section} steps={data.agenda} text={text} number={numberOf(section)} running={running} />;
            case 'personas':
              return data.personas.length === 0 ? (
                <EmptySection key={section} number={numberOf(section)} title={t('report.section.personas')} running={running} text={text} />
              ) : (
                data.personas.map((persona, index) => (
                  <PersonaPage
                    key={persona.id}
                    persona={persona}
                    text={text}
                    running={running}
                    {...(index === 0 ? { section: { number: numberOf(section), count: data.personas.length } } : {})}
                  />
                ))
              );
            case 'journeys':
              return data.journeys.length === 0 ? (
                <EmptySection key={section} number={numberOf(section)} title={t('report.section.journeys')} running={running} text={text} />
              ) : (
                data.journeys.map((map, index) => (
                  <JourneyPages
                    key={map.id}
                    map={map}
                    personas={data.personas}
                    text={text}
                    pageSize={options.pageSize}
                    running={running}
                    {...(index === 0 ? { section: { number: numberOf(section) } } : {})}
                  />
                ))
              );
            case 'voting':
              return <VotingPage key={section} results={data.voting} text={text} number={numberOf(section)} running={running} />;
            case 'nextSteps':
              return <NextStepsPage key={section} steps={data.nextSteps} text={text} number={numberOf(section)} running={running} />;
          }
        })}
      </div>
    </ImageSourceContext.Provider>
  );
}

function EmptySection({ number, title, running, text }: { number: number; title: string; running: string; text: ReportText }) {
  return (
    <Sheet kind="portrait" running={running}>
      <SectionTitle number={number} title={title} />
      <Empty text={text} />
    </Sheet>
  );
}
