import { useRef, useState, type ChangeEvent } from 'react';
import { MAX_WORKSHOP_FILE_CHARS, WORKSHOP_FILE_EXTENSION } from '../../../shared/domain/workshop-file';
import type { MessageKey } from '../../../shared/i18n';
import type { ErrorReason } from '../../../shared/ipc/result';
import { useAppState } from '../app-state';
import { Dialog } from '../components/Dialog';
import { useI18n } from '../i18n';
import { useRouter } from '../router';
import '../styles/deliverable.css';

/** What the facilitator reads for each reason a workshop file is refused. */
const IMPORT_PROBLEMS: Partial<Record<ErrorReason, MessageKey>> = {
  file_corrupt: 'import.error.corrupt',
  file_foreign: 'import.error.foreign',
  file_newer: 'import.error.newer',
  file_content: 'import.error.content',
};

/**
 * Two ways to a workshop besides creating one: the sample workshop (a finished example, opened
 * on its deliverable) and importing a .atelier file, read here and sent to main as text.
 */
export function HomeExtras() {
  const { api, run } = useAppState();
  const { t, lang, describe } = useI18n();
  const { navigate } = useRouter();
  const [busy, setBusy] = useState<'sample' | 'import' | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);

  const createSample = async (): Promise<void> => {
    setBusy('sample');
    const sample = await run(api.sampleWorkshopCreate({ language: lang }));
    setBusy(null);
    if (sample) navigate({ name: 'deliverable', id: sample.id });
  };

  const importFile = async (event: ChangeEvent<HTMLInputElement>): Promise<void> => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    if (file.size > MAX_WORKSHOP_FILE_CHARS) {
      setProblem(t('import.error.tooLarge'));
      return;
    }
    setBusy('import');
    const answer = await api.workshopImportFile({ text: await file.text() });
    setBusy(null);
    if (answer.ok) {
      navigate({ name: 'workshop', id: answer.value.id });
      return;
    }
    const problem = answer.error.reason ? IMPORT_PROBLEMS[answer.error.reason] : undefined;
    setProblem(problem ? t(problem, { detail: answer.error.message }) : describe(answer.error));
  };

  return (
    <div className="home-extras">
      <button type="button" className="button button--large" title={t('home.sample.hint')} disabled={busy !== null} onClick={() => void createSample()}>
        {busy === 'sample' ? t('home.sample.creating') : t('home.sample')}
      </button>
      <button type="button" className="button button--large" disabled={busy !== null} onClick={() => input.current?.click()}>
        {t('home.import')}
      </button>
      <input
        ref={input}
        type="file"
        hidden
        aria-label={t('home.import')}
        accept={`.${WORKSHOP_FILE_EXTENSION},application/json`}
        onChange={(event) => void importFile(event)}
      />
      {problem && (
        <Dialog
          title={t('import.error.title')}
          onClose={() => setProblem(null)}
          footer={
            <button type="button" className="button button--primary" onClick={() => setProblem(null)}>
              {t('common.close')}
            </button>
          }
        >
          <p role="alert">{problem}</p>
        </Dialog>
      )}
    </div>
  );
}
