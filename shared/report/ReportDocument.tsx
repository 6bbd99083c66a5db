import type { CSSProperties } from 'react';
import type { ReportData, ReportOptions, ReportSection } from '../domain/report';
import { sectionsToPrint } from '../domain/report-sections';
import { latestVote, synthesisOf } from '../domain/synthesis';
import { heatByCard } from '../domain/vote-heat';
import { AgendaPage } from './AgendaPage';
import { ImageSourceContext, embeddedImages, type ImageSource } from './Avatar';
import { CoverPage } from './CoverPage';
import { JourneyPages } from './JourneyPages';
import { MatrixPage } from './MatrixPage';
import { NextStepsPage } from './NextStepsPage';
import { PersonaPage } from './PersonaPage';
import { Empty, SectionTitle, Sheet } from './Sheet';
import { SynthesisPage } from './SynthesisPage';
import { reportText, type ReportText } from './text';
import { VotingPage } from './VotingPage';

export interface ReportDocumentProps {
  data: ReportData;
  options: Pick<ReportOptions, 'sections' | 'pageSize'> & { includeEmpty?: boolean };
  /** Where pictures come from; by default the data URLs of a print read (`data.pictures`). */
  images?: ImageSource;
}

/** The running header of the pages after the cover: the workshop and its client. */
export function runningHeader(data: ReportData): string {
  return [data.workshop.title, data.workshop.client].filter(Boolean).join(' · ');
}

/**
 * The whole deliverable. Pure: no effects, no DOM, no Node, so main renders it to HTML for the
 * PDF (react-dom/server) and the renderer mounts it for the preview, from the same ReportData.
 * Sections always come in the same order, whatever order they were picked in, and a section with
 * nothing to show is left out unless empty sections were asked for.
 */
export function ReportDocument({ data, options, images }: ReportDocumentProps) {
  const text = reportText(data.language);
  const { t } = text;
  const picked = sectionsToPrint(data, options);
  const numbered = picked.filter((section): section is Exclude<ReportSection, 'cover'> => section !== 'cover');
  const numberOf = (section: ReportSection): number => numbered.indexOf(section as Exclude<ReportSection, 'cover'>) + 1;
  const running = runningHeader(data);
  const vote = latestVote(data.voting);
  const heat = heatByCard(vote?.items ?? [], vote?.maxVotes ?? 0);
  const matrices = data.matrices.filter((matrix) => matrix.items.length > 0);
  const accent = data.branding.accent ? ({ '--rp-accent': data.branding.accent } as CSSProperties) : undefined;

  return (
    <ImageSourceContext.Provider value={images ?? embeddedImages(data.pictures)}>
      <div className={`rp rp--${options.pageSize.toLowerCase()}`} lang={data.language} style={accent}>
        {picked.map((section) => {
          switch (section) {
            case 'cover':
              return (
                <CoverPage key={section} data={data} text={text} contents={numbered.map((item) => ({ section: item, number: numberOf(item) }))} />
              );
            case 'synthesis':
              return <SynthesisPage key={section} synthesis={synthesisOf(data)} text={text} number={numberOf(section)} running={running} />;
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
                    heat={heat}
                    {...(index === 0 ? { section: { number: numberOf(section) } } : {})}
                  />
                ))
              );
            case 'voting':
              return <VotingPage key={section} results={data.voting} text={text} number={numberOf(section)} running={running} />;
            case 'matrix':
              return matrices.length === 0 ? (
                <EmptySection key={section} number={numberOf(section)} title={t('report.section.matrix')} running={running} text={text} />
              ) : (
                matrices.map((matrix, index) => (
                  <MatrixPage
                    key={matrix.id}
                    matrix={matrix}
                    index={index}
                    text={text}
                    running={running}
                    {...(index === 0 ? { section: { number: numberOf(section) } } : {})}
                  />
                ))
              );
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
