import { useEffect, useState, type FormEvent } from 'react';
import type { TemplateSummary } from '../../../shared/domain/template';
import { LANGUAGES, type Language } from '../../../shared/domain/settings';
import type { Workshop } from '../../../shared/domain/workshop';
import { useAppState } from '../app-state';
import { Dialog } from '../components/Dialog';
import { formatDuration, todayIso } from '../format';
import { useI18n } from '../i18n';

export function NewWorkshopDialog({ onClose, onCreated }: { onClose: () => void; onCreated: (workshop: Workshop) => void }) {
  const { api, run } = useAppState();
  const { t, lang } = useI18n();
  const [language, setLanguage] = useState<Language>(lang);
  const [templates, setTemplates] = useState<TemplateSummary[]>([]);
  const [templateId, setTemplateId] = useState('cx-discovery');
  const [title, setTitle] = useState('');
  const [client, setClient] = useState('');
  const [date, setDate] = useState(todayIso());
  const [facilitator, setFacilitator] = useState('');
  const [participants, setParticipants] = useState('');
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    let live = true;
    void run(api.templatesList({ language })).then((list) => live && list && setTemplates(list));
    return () => {
      live = false;
    };
  }, [api, run, language]);

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    setBusy(true);
    const workshop = await run(
      api.workshopCreate({
        templateId,
        meta: {
          title: title.trim() || t('create.defaultTitle'),
          client,
          date,
          language,
          facilitator,
          participants: participants
            .split('\n')
            .map((name) => name.trim())
            .filter(Boolean),
        },
      }),
    );
    setBusy(false);
    if (workshop) onCreated(workshop);
  };

  const builtin = templates.filter((template) => template.builtin);
  const own = templates.filter((template) => !template.builtin);

  return (
    <Dialog title={t('create.title')} onClose={onClose} wide>
      <form className="create-form" onSubmit={(event) => void submit(event)}>
        <div className="create-form__fields">
          <label className="field">
            <span className="field__label">{t('create.field.title')}</span>
            <input className="input" value={title} placeholder={t('create.defaultTitle')} onChange={(e) => setTitle(e.target.value)} data-autofocus maxLength={200} />
          </label>
          <div className="field-row">
            <label className="field">
              <span className="field__label">{t('create.field.client')}</span>
              <input className="input" value={client} onChange={(e) => setClient(e.target.value)} maxLength={200} />
            </label>
            <label className="field">
              <span className="field__label">{t('create.field.date')}</span>
              <input className="input" type="date" required value={date} onChange={(e) => setDate(e.target.value)} />
            </label>
          </div>
          <div className="field-row">
            <label className="field">
              <span className="field__label">{t('create.field.facilitator')}</span>
              <input className="input" value={facilitator} onChange={(e) => setFacilitator(e.target.value)} maxLength={120} />
            </label>
            <label className="field">
              <span className="field__label">{t('create.field.language')}</span>
              <select className="select" value={language} onChange={(e) => setLanguage(e.target.value as Language)}>
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
            <textarea className="textarea" rows={3} value={participants} onChange={(e) => setParticipants(e.target.value)} aria-describedby="participants-hint" />
            <span id="participants-hint" className="field__hint">
              {t('create.field.participants.hint')}
            </span>
          </label>
        </div>

        <fieldset className="template-picker">
          <legend className="field__label">{t('create.template')}</legend>
          <TemplateGroup label={t('create.builtin')} templates={builtin} selected={templateId} onSelect={setTemplateId} />
          {own.length > 0 && <TemplateGroup label={t('create.myTemplates')} templates={own} selected={templateId} onSelect={setTemplateId} />}
        </fieldset>

        <div className="create-form__footer">
          <button type="button" className="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="button button--primary" disabled={busy || templates.length === 0}>
            {t('create.submit')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}

function TemplateGroup(props: { label: string; templates: TemplateSummary[]; selected: string; onSelect: (id: string) => void }) {
  const { t } = useI18n();
  return (
    <div className="template-group">
      <p className="template-group__label">{props.label}</p>
      <div className="template-grid">
        {props.templates.map((template) => (
          <label key={template.id} className="template-card" data-kind={template.steps[0]?.kind}>
            <input
              type="radio"
              name="template"
              value={template.id}
              checked={props.selected === template.id}
              onChange={() => props.onSelect(template.id)}
              aria-labelledby={`tpl-${template.id}-name`}
              aria-describedby={`tpl-${template.id}-meta`}
            />
            <span id={`tpl-${template.id}-name`} className="template-card__name">
              {template.name}
            </span>
            <span id={`tpl-${template.id}-meta`} className="template-card__meta">
              {t('workshops.steps', { count: template.stepCount, duration: formatDuration(template.plannedMinutes, t) })}
            </span>
            {template.description && <span className="template-card__description">{template.description}</span>}
          </label>
        ))}
      </div>
    </div>
  );
}
