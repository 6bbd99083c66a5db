import { useState } from 'react';
import { Dialog } from '../components/Dialog';
import { DocumentIcon } from '../components/icons';
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
