import { useEffect, useId, useRef, useState } from 'react';
import {
  PAGE_SIZES,
  REPORT_SECTIONS,
  type ExportPhase,
  type ExportProgress,
  type FileDelivery,
  type PageSize,
  type ReportData,
  type ReportSection,
} from '../../../shared/domain/report';
import { sectionIsEmpty } from '../../../shared/domain/report-sections';
import { LANGUAGES, type Language } from '../../../shared/domain/settings';
import { useFollowed } from '../useFollowed';
import { useAppState } from '../app-state';
import { Dialog, DialogButtons } from '../components/Dialog';
import { Field } from '../components/Field';
import { useI18n } from '../i18n';
import { startDownload } from './download';

/** What the report holds and how it reads: chosen in the dialog, followed by the preview. */
export interface ExportChoices {
  sections: ReportSection[];
  pageSize: PageSize;
  /** The report's language; the workshop's by default. */
  language: Language;
  includeEmpty: boolean;
}

export interface ExportDialogProps {
  workshopId: string;
  data: ReportData;
  choices: ExportChoices;
  defaultFileName: string;
  onChoices: (choices: ExportChoices) => void;
  onClose: () => void;
}

function newExportId(): string {
  return crypto.randomUUID().replace(/-/g, '');
}

/**
 * Sections, page size and file name; then the export's progress as main reports it, and the
 * finished file: Open and Show in folder in the desktop app, the download in a browser.
 */
export function ExportDialog({ workshopId, data, choices, defaultFileName, onChoices, onClose }: ExportDialogProps) {
  const { sections, pageSize, language, includeEmpty } = choices;
  const { api } = useAppState();
  const { t, describe } = useI18n();
  const [fileName, setFileName] = useState(defaultFileName);
  /** The export under way (or last made), and whether its call failed. */
  const [started, setStarted] = useState<{ exportId: string; failed: boolean } | null>(null);
  const [result, setResult] = useState<FileDelivery | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [downloadUrl, setDownloadUrl] = useState<string | null>(null);
  const exportId = useRef<string | null>(null);
  const nameId = useId();
  const emptyHintId = useId();
  const languageHintId = useId();
  const agendaHintId = useId();

  // Progress is only pushed, never stored: nothing to read, and a subscription that outlives exports.
  const pushed = useFollowed<ExportProgress>('exportProgress', {
    react: (event) => (event.type === 'exportProgress' && event.payload.exportId === exportId.current ? { kind: 'value', value: event.payload } : undefined),
  }).value;
  const progress: { phase: ExportPhase; percent: number } | null =
    started === null
      ? null
      : started.failed
        ? { phase: 'failed', percent: 100 }
        : pushed?.exportId === started.exportId
          ? pushed
          : { phase: 'collecting', percent: 0 };
  useEffect(() => () => {
    if (downloadUrl) URL.revokeObjectURL(downloadUrl);
  }, [downloadUrl]);
  // While sections and paper are picked, the printer gets ready (the browser host starts Chromium).
  useEffect(() => {
    void api.reportPrepare({});
  }, [api]);

  const busy = progress !== null && progress.phase !== 'done' && progress.phase !== 'failed' && result === null && error === null;

  const start = async (): Promise<void> => {
    const id = newExportId();
    exportId.current = id;
    setResult(null);
    setError(null);
    setStarted({ exportId: id, failed: false });
    const answer = await api.reportExportPdf({ workshopId, exportId: id, options: { sections, pageSize, language, includeEmpty }, fileName: fileName.trim() || defaultFileName });
    if (!answer.ok) {
      setError(answer.error.code === 'not_found' ? answer.error.message : describe(answer.error));
      setStarted({ exportId: id, failed: true });
      return;
    }
    setResult(answer.value);
    if (answer.value.status === 'download') setDownloadUrl(startDownload(answer.value));
  };

  const toggle = (section: ReportSection, on: boolean): void => {
    const next = on ? [...sections, section] : sections.filter((item) => item !== section);
    onChoices({ ...choices, sections: REPORT_SECTIONS.filter((item) => next.includes(item)) });
  };

  const reveal = (path: string, action: 'open' | 'folder'): void => {
    void api.reportReveal({ path, action }).then((answer) => !answer.ok && setError(describe(answer.error)));
  };

  return (
    <Dialog
      title={t('export.title')}
      onClose={onClose}
      footer={
        <DialogButtons
          onCancel={onClose}
          cancelLabel={t('common.close')}
          confirmLabel={result || error ? t('export.again') : t('export.start')}
          disabled={busy || sections.length === 0}
          onConfirm={() => void start()}
        />
      }
    >
      <fieldset className="export__group">
        <legend className="field__label">{t('export.sections')}</legend>
        <div className="export__checks">
          {REPORT_SECTIONS.map((section) => (
            <label key={section} className="export__check">
              <input
                type="checkbox"
                checked={sections.includes(section)}
                disabled={busy}
                aria-describedby={section === 'agenda' ? agendaHintId : undefined}
                onChange={(event) => toggle(section, event.target.checked)}
              />
              <span>
                {t(`report.section.${section}`)}
                {sectionIsEmpty(section, data) && <span className="export__empty"> ({t('export.empty')})</span>}
              </span>
            </label>
          ))}
        </div>
        <p id={agendaHintId} className="field__hint">
          {t('export.agenda.hint')}
        </p>
        <label className="export__check">
          <input
            type="checkbox"
            checked={includeEmpty}
            disabled={busy}
            aria-describedby={emptyHintId}
            onChange={(event) => onChoices({ ...choices, includeEmpty: event.target.checked })}
          />
          {t('export.includeEmpty')}
        </label>
        <p id={emptyHintId} className="field__hint">
          {t('export.includeEmpty.hint')}
        </p>
        {sections.length === 0 && (
          <p className="export__warning" role="alert">
            {t('export.noSection')}
          </p>
        )}
      </fieldset>
      <fieldset className="export__group">
        <legend className="field__label">{t('export.pageSize')}</legend>
        <div className="export__checks export__checks--row">
          {PAGE_SIZES.map((size) => (
            <label key={size} className="export__check">
              <input type="radio" name="page-size" value={size} checked={pageSize === size} disabled={busy} onChange={() => onChoices({ ...choices, pageSize: size })} />
              {t(`export.pageSize.${size}`)}
            </label>
          ))}
        </div>
      </fieldset>
      <fieldset className="export__group" aria-describedby={languageHintId}>
        <legend className="field__label">{t('export.language')}</legend>
        <div className="export__checks export__checks--row">
          {LANGUAGES.map((option) => (
            <label key={option} className="export__check">
              <input
                type="radio"
                name="report-language"
                value={option}
                checked={language === option}
                disabled={busy}
                onChange={() => onChoices({ ...choices, language: option })}
              />
              {t(`deliverable.language.${option}`)}
            </label>
          ))}
        </div>
        <p id={languageHintId} className="field__hint">
          {t('export.language.hint')}
        </p>
      </fieldset>
      <Field label={t('export.fileName')} htmlFor={nameId}>
        <input id={nameId} className="input" value={fileName} disabled={busy} maxLength={200} onChange={(event) => setFileName(event.target.value)} />
      </Field>

      {progress && (
        <div className="export__progress">
          <progress max={100} value={progress.percent} aria-label={t('export.progress')} />
          <p role="status" className="export__status">
            {error ?? t(`export.phase.${progress.phase}`)}
          </p>
        </div>
      )}
      {result?.status === 'saved' && (
        <div className="export__result">
          <p className="export__path">{t('export.saved', { path: result.path })}</p>
          {result.pages !== null && <p className="export__pages">{t('export.pages', { count: result.pages })}</p>}
          <div className="export__actions">
            <button type="button" className="button" onClick={() => reveal(result.path, 'open')}>
              {t('export.openFile')}
            </button>
            <button type="button" className="button" onClick={() => reveal(result.path, 'folder')}>
              {t('export.showInFolder')}
            </button>
          </div>
        </div>
      )}
      {result?.status === 'download' && downloadUrl && (
        <div className="export__result">
          <p className="export__path">{t('export.downloaded', { name: result.fileName })}</p>
          {result.pages !== null && <p className="export__pages">{t('export.pages', { count: result.pages })}</p>}
          <a className="button export__link" href={downloadUrl} download={result.fileName}>
            {t('export.downloadAgain')}
          </a>
        </div>
      )}
      {result?.status === 'cancelled' && <p className="export__status">{t('export.cancelled')}</p>}
    </Dialog>
  );
}
