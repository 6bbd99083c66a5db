import { z } from 'zod';
import { MAX_NEXT_STEPS, nextStepDraftSchema, nextStepPatchSchema, type NextStep } from '../../domain/next-steps';
import { reportOptionsSchema, type FileDelivery, type ReportData } from '../../domain/report';
import { languageSchema } from '../../domain/settings';
import { idSchema, type Workshop } from '../../domain/workshop';
import { channel } from '../channel';

const workshopRef = z.object({ workshopId: idSchema }).strict();

/** Next steps, the deliverable (preview data, PDF, CSV), workshop files and the sample workshop. */
export const reportChannels = {
  nextStepsList: channel<NextStep[]>()(workshopRef),
  nextStepAdd: channel<NextStep[]>()(
    z.object({ workshopId: idSchema, step: nextStepDraftSchema, index: z.number().int().min(0).optional() }).strict(),
  ),
  nextStepUpdate: channel<NextStep[]>()(z.object({ workshopId: idSchema, id: idSchema, patch: nextStepPatchSchema }).strict()),
  nextStepRemove: channel<NextStep[]>()(z.object({ workshopId: idSchema, id: idSchema }).strict()),
  /** The full new order: exactly the workshop's next step ids. */
  nextStepsReorder: channel<NextStep[]>()(z.object({ workshopId: idSchema, ids: z.array(idSchema).max(MAX_NEXT_STEPS) }).strict()),

  /**
   * Everything the deliverable shows, in the workshop's language; the preview renders it.
   * `pictures`: also the pictures themselves, for a PDF printed elsewhere (the command line).
   * `language`: the report's own words in another language than the workshop's.
   */
  reportData: channel<ReportData>()(
    z.object({ workshopId: idSchema, pictures: z.boolean().optional(), language: languageSchema.nullable().optional() }).strict(),
  ),
  /**
   * The export dialog has opened: the printer may get ready (the browser host starts its Chromium)
   * so that the export that follows does not wait for it. Answers at once; `warming` is false
   * where there is nothing to prepare.
   */
  reportPrepare: channel<{ warming: boolean }>()(z.object({}).strict()),
  /**
   * Prints the deliverable. Electron asks where to save it; the browser host answers the bytes
   * for a download. `exportId` (chosen by the caller) tags the exportProgress events.
   */
  reportExportPdf: channel<FileDelivery>()(
    z
      .object({
        workshopId: idSchema,
        exportId: idSchema,
        options: reportOptionsSchema,
        fileName: z.string().trim().min(1).max(200).optional(),
      })
      .strict(),
  ),
  /** Vote results, every card, or the matrices' items with their positions and quadrants, as CSV (UTF-8 with BOM) for spreadsheets. */
  reportExportCsv: channel<FileDelivery>()(z.object({ workshopId: idSchema, kind: z.enum(['cards', 'votes', 'matrices']) }).strict()),
  /** Electron: opens a file this session exported, or shows it in its folder. */
  reportReveal: channel<{ done: boolean }>()(z.object({ path: z.string().min(1).max(4096), action: z.enum(['open', 'folder']) }).strict()),

  /** The whole workshop as one .atelier file (JSON, images included). */
  workshopExportFile: channel<FileDelivery>()(workshopRef),
  /**
   * A .atelier file's text, imported as a new workshop with new ids; a bad file changes nothing.
   * Its length (at most MAX_WORKSHOP_FILE_CHARS) is the import's first check, so that a file too
   * big is refused in the import's own words, like every other bad file.
   */
  workshopImportFile: channel<Workshop>()(z.object({ text: z.string() }).strict()),
  /** A finished example workshop (hotel brand CX discovery), in French or English. */
  sampleWorkshopCreate: channel<Workshop>()(z.object({ language: languageSchema }).strict()),
};
