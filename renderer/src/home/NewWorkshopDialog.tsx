import { useState, type FormEvent } from 'react';
import type { TemplateSummary } from '../../../shared/domain/template';
import type { Workshop } from '../../../shared/domain/workshop';
import { useFollowed } from '../useFollowed';
import { useAppState } from '../app-state';
import { Dialog, DialogButtons } from '../components/Dialog';
import { formatDuration, todayIso } from '../format';
import { useI18n } from '../i18n';
import { participantNames, WorkshopMetaFields, type MetaForm } from '../workshop/WorkshopMetaFields';

const NO_TEMPLATES: TemplateSummary[] = [];

export function NewWorkshopDialog({ onClose, onCreated }: { onClose: () => void; onCreated: (workshop: Workshop) => void }) {
  const { api, run } = useAppState();
  const { t, lang } = useI18n();
  const [form, setForm] = useState<MetaForm>({ title: '', client: '', date: todayIso(), language: lang, facilitator: '', participants: '' });
  const [templateId, setTemplateId] = useState('cx-discovery');
  const language = form.language;
  const [busy, setBusy] = useState(false);

  // A template saved meanwhile (another window) shows up here at once.
  const templates =
    useFollowed<TemplateSummary[]>(language, {
      read: () => api.templatesList({ language }),
      react: (event) => (event.type === 'templatesChanged' ? { kind: 'read' } : undefined),
      onError: (error) => void run(Promise.resolve({ ok: false, error })),
    }).value ?? NO_TEMPLATES;

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    setBusy(true);
    const workshop = await run(
      api.workshopCreate({
        templateId,
        meta: {
          title: form.title.trim() || t('create.defaultTitle'),
          client: form.client,
          date: form.date,
          language: form.language,
          facilitator: form.facilitator,
          participants: participantNames(form.participants),
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
      <form className="stack create-form" onSubmit={(event) => void submit(event)}>
        <div className="stack create-form__fields">
          <WorkshopMetaFields value={form} onChange={setForm} titlePlaceholder={t('create.defaultTitle')} />
        </div>

        <fieldset className="template-picker">
          <legend className="field__label">{t('create.template')}</legend>
          <TemplateGroup label={t('create.builtin')} templates={builtin} selected={templateId} onSelect={setTemplateId} />
          {own.length > 0 && <TemplateGroup label={t('create.myTemplates')} templates={own} selected={templateId} onSelect={setTemplateId} />}
        </fieldset>

        <div className="create-form__footer">
          <DialogButtons onCancel={onClose} confirmLabel={t('create.submit')} disabled={busy || templates.length === 0} />
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
      <div className="tile-grid template-grid">
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
