import { REPORT_SECTIONS, type ReportData, type ReportOptions, type ReportSection } from './report';
import { synthesisIsEmpty, synthesisOf } from './synthesis';

/** Whether a section has nothing to show for this workshop (the cover always has). */
export function sectionIsEmpty(section: ReportSection, data: ReportData): boolean {
  switch (section) {
    case 'cover':
      return false;
    case 'synthesis':
      return synthesisIsEmpty(synthesisOf(data));
    case 'agenda':
      return data.agenda.length === 0;
    case 'personas':
      return data.personas.length === 0;
    case 'journeys':
      return data.journeys.length === 0;
    case 'voting':
      return data.voting.length === 0;
    case 'matrix':
      return !data.matrices.some((matrix) => matrix.items.length > 0);
    case 'nextSteps':
      return data.nextSteps.length === 0;
  }
}

/**
 * The sections a report prints, in the report's order whatever order they were picked in: an
 * empty one is left out (no "no vote revealed yet" page) unless the facilitator asked for empty
 * sections too.
 */
export function sectionsToPrint(data: ReportData, options: Pick<ReportOptions, 'sections'> & { includeEmpty?: boolean }): ReportSection[] {
  return REPORT_SECTIONS.filter((section) => options.sections.includes(section) && (options.includeEmpty === true || !sectionIsEmpty(section, data)));
}
