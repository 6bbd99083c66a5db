import { useState, type FormEvent } from 'react';
import { LANGUAGES, type Language } from '../../../shared/domain/settings';
import type { Workshop } from '../../../shared/domain/workshop';
import { useAppState } from '../app-state';
import { Dialog } from '../components/Dialog';
import { useI18n } from '../i18n';

/** Edit title, client, date, language, facilitator and participants. */
export function DetailsDialog({ workshop, onClose }: { workshop: Workshop; onClose: () => void }) {
  const { api, run } = useAppState();
  const { t } = useI18n();
  const [form, setForm] = useState({
    title: workshop.title,
    client: workshop.client,
    date: workshop.date,
    language: workshop.language,
    facilitator: workshop.facilitator,
    participants: workshop.participants.join('\n'),
  });
  const set = (key: keyof typeof form) => (e: { target: { value: string } }) => setForm({ ...form, [key]: e.target.value });

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    const saved = await run(
      api.workshopUpdate({
        id: workshop.id,
        patch: {
          title: form.title,
          client: form.client,
          date: form.date,
          language: form.language,
          facilitator: form.facilitator,
          participants: form.participants.split('\n').map((n) => n.trim()).filter(Boolean),
        },
      }),
    );
    if (saved) onClose();
  };

  return (
    <Dialog title={t('workshop.detailsTitle')} onClose={onClose}>
      <form className="stack" onSubmit={(event) => void submit(event)}>
        <label className="field">
          <span className="field__label">{t('create.field.title')}</span>
          <input className="input" value={form.title} onChange={set('title')} required maxLength={200} data-autofocus />
        </label>
        <div className="field-row">
          <label className="field">
            <span className="field__label">{t('create.field.client')}</span>
            <input className="input" value={form.client} onChange={set('client')} maxLength={200} />
          </label>
          <label className="field">
            <span className="field__label">{t('create.field.date')}</span>
            <input className="input" type="date" value={form.date} onChange={set('date')} required />
          </label>
        </div>
        <div className="field-row">
          <label className="field">
            <span className="field__label">{t('create.field.facilitator')}</span>
            <input className="input" value={form.facilitator} onChange={set('facilitator')} maxLength={120} />
          </label>
          <label className="field">
            <span className="field__label">{t('create.field.language')}</span>
            <select className="select" value={form.language} onChange={(e) => setForm({ ...form, language: e.target.value as Language })}>
              {LANGUAGES.map((code) => (
                <option key={code} value={code}>
                  {t(`lang.${code}`)}
                </option>
              ))}
            </select>
          </label>
        </div>
        <label className="field">
          <span className="field__label">{t('create.field.participants')}</span>
          <textarea className="textarea" rows={4} value={form.participants} onChange={set('participants')} />
          <span className="field__hint">{t('create.field.participants.hint')}</span>
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
