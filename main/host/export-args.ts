import path from 'node:path';
import { DEFAULT_REPORT_SECTIONS, PAGE_SIZES, REPORT_SECTIONS, type PageSize, type ReportSection } from '../../shared/domain/report';
import { LANGUAGES, type Language } from '../../shared/domain/settings';
import { CliError, UsageError, defaultDataDir } from './cli-args';

/** What goes into the PDF: the sections, and whether empty ones are kept. */
export interface ExportContent {
  sections: ReportSection[];
  includeEmpty: boolean;
}

export type ExportCliOptions =
  | ({ mode: 'workshop'; dataDir: string; workshop: string; out: string; lang: Language | null; size: PageSize } & ExportContent)
  | ({ mode: 'sample'; out: string; lang: Language; size: PageSize } & ExportContent);

const CONTENT_USAGE = '[--sections LIST] [--agenda] [--keep-empty]';
export const EXPORT_USAGE =
  `Usage: npm run export -- --data DIR --workshop <id or title> --out FILE.pdf [--lang fr|en] [--size A4|Letter] ${CONTENT_USAGE}\n` +
  `       npm run export -- --sample --out FILE.pdf [--lang fr|en] [--size A4|Letter] ${CONTENT_USAGE}\n` +
  `       LIST: comma-separated, among ${REPORT_SECTIONS.join(', ')} (default: all but agenda)`;

/** Parses the export command line; every mistake is a CliError with a one-line reason and the usage. */
export function parseExportArgs(argv: readonly string[], env: NodeJS.ProcessEnv = process.env): ExportCliOptions {
  let dataDir: string | null = null;
  let workshop: string | null = null;
  let out: string | null = null;
  let lang: Language | null = null;
  let size: PageSize = 'A4';
  let sample = false;
  let sections: ReportSection[] | null = null;
  let agenda = false;
  let includeEmpty = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = (): string => {
      const next = argv[++i];
      if (next === undefined || next.startsWith('--')) throw new UsageError(`${arg} needs a value\n${EXPORT_USAGE}`);
      return next;
    };
    switch (arg) {
      case '--data':
        dataDir = path.resolve(value());
        break;
      case '--workshop':
        workshop = value().trim();
        break;
      case '--out':
        out = path.resolve(value());
        break;
      case '--lang': {
        const text = value();
        if (!(LANGUAGES as readonly string[]).includes(text)) throw new CliError(`--lang must be fr or en, not "${text}"`);
        lang = text as Language;
        break;
      }
      case '--size': {
        const text = value();
        const match = PAGE_SIZES.find((candidate) => candidate.toLowerCase() === text.toLowerCase());
        if (!match) throw new CliError(`--size must be A4 or Letter, not "${text}"`);
        size = match;
        break;
      }
      case '--sample':
        sample = true;
        break;
      case '--sections': {
        const names = value()
          .split(',')
          .map((name) => name.trim())
          .filter(Boolean);
        const unknown = names.filter((name) => !(REPORT_SECTIONS as readonly string[]).includes(name));
        if (unknown.length > 0 || names.length === 0) {
          throw new CliError(`--sections takes ${REPORT_SECTIONS.join(', ')}, not "${unknown.join(',') || 'nothing'}"`);
        }
        sections = names as ReportSection[];
        break;
      }
      case '--agenda':
        agenda = true;
        break;
      case '--keep-empty':
        includeEmpty = true;
        break;
      case '--help':
      case '-h':
        throw new UsageError(EXPORT_USAGE);
      default:
        throw new UsageError(`Unknown option "${arg}"\n${EXPORT_USAGE}`);
    }
  }
  if (!out) throw new UsageError(`--out FILE.pdf is required\n${EXPORT_USAGE}`);
  if (!out.toLowerCase().endsWith('.pdf')) throw new CliError(`--out must name a .pdf file, not "${out}"`);
  const picked = new Set<ReportSection>([...(sections ?? DEFAULT_REPORT_SECTIONS), ...(agenda ? (['agenda'] as const) : [])]);
  const content: ExportContent = { sections: REPORT_SECTIONS.filter((section) => picked.has(section)), includeEmpty };
  if (sample) {
    if (workshop !== null) throw new CliError('--sample and --workshop cannot be used together');
    return { mode: 'sample', out, lang: lang ?? 'en', size, ...content };
  }
  if (!workshop) throw new UsageError(`--workshop <id or title> (or --sample) is required\n${EXPORT_USAGE}`);
  return { mode: 'workshop', dataDir: dataDir ?? defaultDataDir(env), workshop, out, lang, size, ...content };
}
