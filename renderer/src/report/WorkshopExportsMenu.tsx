import type { FileDelivery } from '../../../shared/domain/report';
import type { Result } from '../../../shared/ipc/result';
import { useAppState } from '../app-state';
import { Menu } from '../components/Menu';
import { useI18n } from '../i18n';
import { startDownload } from './download';

/**
 * The workshop's other exports: the .atelier file, every card and the vote results as CSV. In
 * the desktop app each is saved where the facilitator says; in a browser it is downloaded.
 */
export function WorkshopExportsMenu({ workshopId, onSaved }: { workshopId: string; onSaved: (message: string) => void }) {
  const { api, run } = useAppState();
  const { t } = useI18n();

  const deliver = async (call: Promise<Result<FileDelivery>>): Promise<void> => {
    const delivery = await run(call);
    if (!delivery) return;
    if (delivery.status === 'download') {
      const url = startDownload(delivery);
      // The click has handed the file over; the URL is only kept long enough for that.
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
      onSaved(t('export.downloaded', { name: delivery.fileName }));
    } else if (delivery.status === 'saved') {
      onSaved(t('export.fileSaved', { path: delivery.path }));
    }
  };

  return (
    <Menu
      label={t('deliverable.moreExports')}
      items={[
        { label: t('export.workshopFile'), onSelect: () => void deliver(api.workshopExportFile({ workshopId })) },
        { label: t('export.cardsCsv'), onSelect: () => void deliver(api.reportExportCsv({ workshopId, kind: 'cards' })) },
        { label: t('export.votesCsv'), onSelect: () => void deliver(api.reportExportCsv({ workshopId, kind: 'votes' })) },
        { label: t('export.matricesCsv'), onSelect: () => void deliver(api.reportExportCsv({ workshopId, kind: 'matrices' })) },
      ]}
    />
  );
}
