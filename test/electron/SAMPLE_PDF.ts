/**
 * The sample workshop's deliverable as exported with the export dialog's defaults (English, A4,
 * every section but the agenda as run, empty sections left out). The command line's export of
 * the same document is checked against these figures in test/integration/export-cli.test.ts on
 * every machine, so a change to the sample fails there first, and the desktop check keeps expecting what the app really prints.
 */
export const SAMPLE_PDF = {
  pages: 10,
  outline: ['CX discovery — Azur Hotels', 'Synthesis', 'Personas', 'Customer journeys', 'Prioritised pain points', 'Impact × effort matrix', 'Action plan'],
} as const;
