import { useState } from 'react';
import { Dialog } from '../components/Dialog';
import { useI18n } from '../i18n';
import { useRouter } from '../router';
import { NextStepsEditor } from './NextStepsEditor';
import { WorkshopExportsMenu } from './WorkshopExportsMenu';

/**
 * The workshop screen's way to its deliverable: next steps (a dialog, for the closing minutes of
 * the workshop), the deliverable screen (preview and PDF), and the other exports.
 */
export function DeliverableActions({ workshopId, onNotice }: { workshopId: string; onNotice: (message: string) => void }) {
  const { t } = useI18n();
  const { navigate } = useRouter();
  const [editing, setEditing] = useState(false);
  return (
    <>
      <button type="button" className="button" onClick={() => setEditing(true)}>
        {t('nextSteps.open')}
      </button>
      <button type="button" className="button" onClick={() => navigate({ name: 'deliverable', id: workshopId })}>
        <DocumentIcon />
        {t('deliverable.open')}
      </button>
      <WorkshopExportsMenu workshopId={workshopId} onSaved={onNotice} />
      {editing && (
        <Dialog title={t('nextSteps.title')} wide onClose={() => setEditing(false)}>
          <NextStepsEditor workshopId={workshopId} heading={false} />
        </Dialog>
      )}
    </>
  );
}

export function DocumentIcon() {
  return (
    <svg className="icon" viewBox="0 0 20 20" aria-hidden="true">
      <path d="M5 2.5h7l3 3v12H5z" />
      <path d="M12 2.5v3h3M7.5 9h5M7.5 12h5M7.5 15h3" />
    </svg>
  );
}
