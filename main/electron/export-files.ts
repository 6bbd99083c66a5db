import path from 'node:path';
import { app, dialog, shell, type BrowserWindow, type SaveDialogOptions } from 'electron';
import type { ExportKind } from '../report/exports';

const FILTERS: Record<ExportKind, SaveDialogOptions['filters']> = {
  pdf: [{ name: 'PDF', extensions: ['pdf'] }],
  csv: [{ name: 'CSV', extensions: ['csv'] }],
  atelier: [{ name: 'Atelier', extensions: ['atelier'] }],
};

/** The native "Save as" dialog for an export, in the Documents folder by default. */
export async function chooseSavePath(parent: BrowserWindow | null, suggestedName: string, kind: ExportKind): Promise<string | undefined> {
  const options: SaveDialogOptions = {
    defaultPath: path.join(app.getPath('documents'), suggestedName),
    filters: FILTERS[kind],
    properties: ['showOverwriteConfirmation', 'createDirectory'],
  };
  const result = parent ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options);
  return result.canceled || !result.filePath ? undefined : result.filePath;
}

/**
 * Opens an exported file in its default application, or shows it in the file manager. Only paths
 * the export service vouches for get here (it checks they were exported this session).
 */
export async function revealFile(filePath: string, action: 'open' | 'folder'): Promise<void> {
  if (action === 'folder') {
    shell.showItemInFolder(filePath);
    return;
  }
  const problem = await shell.openPath(filePath);
  if (problem) throw new Error(`Could not open ${filePath}: ${problem}`);
}
