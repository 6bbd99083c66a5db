import { useState, type FormEvent } from 'react';
import { AUTHOR_DISPLAYS, type AuthorDisplay, type Workshop } from '../../../shared/domain/workshop';
import { useAppState } from '../app-state';
import { Dialog, DialogButtons } from '../components/Dialog';
import { Field, Options } from '../components/Field';
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
        <Field label={t('schedule.startTime')} hint={t('schedule.startTime.hint')} hintId="details-start-hint">
          <input className="input" type="time" step={60} value={startTime} onChange={(event) => setStartTime(event.target.value)} aria-describedby="details-start-hint" />
        </Field>
        <Field label={t('authors.label')} hint={t('authors.hint')} hintId="details-authors-hint">
          <select className="select" value={authorDisplay} onChange={(event) => setAuthorDisplay(event.target.value as AuthorDisplay)} aria-describedby="details-authors-hint">
            <Options values={AUTHOR_DISPLAYS} label={(display) => t(`authors.${display}`)} />
          </select>
        </Field>
        <div className="dialog__actions">
          <DialogButtons onCancel={onClose} confirmLabel={t('common.save')} />
        </div>
      </form>
    </Dialog>
  );
}
