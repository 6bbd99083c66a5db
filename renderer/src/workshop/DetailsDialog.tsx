import { useState, type FormEvent } from 'react';
import { AUTHOR_DISPLAYS, type AuthorDisplay, type Workshop } from '../../../shared/domain/workshop';
import { useAppState } from '../app-state';
import { Dialog } from '../components/Dialog';
import { useI18n } from '../i18n';
import { participantNames, WorkshopMetaFields, type MetaForm } from './WorkshopMetaFields';

/** Edit title, client, date, start time, language, facilitator and participants. */
export function DetailsDialog({ workshop, onClose }: { workshop: Workshop; onClose: () => void }) {
  const { api, run } = useAppState();
  const { t } = useI18n();
  const [form, setForm] = useState<MetaForm>({ ...workshop, participants: workshop.participants.join('\n') });
  const [startTime, setStartTime] = useState(workshop.startTime ?? '');
  const [authorDisplay, setAuthorDisplay] = useState<AuthorDisplay>(workshop.authorDisplay);

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    const { title, client, date, language, facilitator } = form;
    const patch = { title, client, date, language, facilitator, startTime: startTime || null, participants: participantNames(form.participants) };
    if (!(await run(api.workshopUpdate({ id: workshop.id, patch })))) return;
    if (authorDisplay !== workshop.authorDisplay && !(await run(api.workshopSetAuthorDisplay({ workshopId: workshop.id, authorDisplay })))) return;
    onClose();
  };

  return (
    <Dialog title={t('workshop.detailsTitle')} onClose={onClose}>
      <form className="stack" onSubmit={(event) => void submit(event)}>
        <WorkshopMetaFields value={form} onChange={setForm} />
        <label className="field">
          <span className="field__label">{t('schedule.startTime')}</span>
          <input className="input" type="time" step={60} value={startTime} onChange={(event) => setStartTime(event.target.value)} aria-describedby="details-start-hint" />
          <span id="details-start-hint" className="field__hint">
            {t('schedule.startTime.hint')}
          </span>
        </label>
        <label className="field">
          <span className="field__label">{t('authors.label')}</span>
          <select className="select" value={authorDisplay} onChange={(event) => setAuthorDisplay(event.target.value as AuthorDisplay)} aria-describedby="details-authors-hint">
            {AUTHOR_DISPLAYS.map((display) => (
              <option key={display} value={display}>
                {t(`authors.${display}`)}
              </option>
            ))}
          </select>
          <span id="details-authors-hint" className="field__hint">
            {t('authors.hint')}
          </span>
        </label>
        <div className="dialog__actions">
          <button type="button" className="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="button button--primary">
            {t('common.save')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
