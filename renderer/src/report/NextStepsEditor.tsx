import { useId, useState, type FormEvent } from 'react';
import { CX_DOMAINS, type CxDomain, type NextStep } from '../../../shared/domain/next-steps';
import { useAppState } from '../app-state';
import { Field, Options } from '../components/Field';
import { TrashIcon } from '../components/icons';
import { useI18n } from '../i18n';
import { DateField } from '../workshop/DateField';
import { useNextSteps } from '../useNextSteps';
import { PrioritiesWithoutAction, SourceLink } from './ActionLinks';

/**
 * Action items with owner, due date and CX domain. Every field saves when it loses focus (or, for
 * a list, when it changes); the arrows reorder from the keyboard too.
 */
export function NextStepsEditor({ workshopId, disabled = false, heading = true }: { workshopId: string; disabled?: boolean; heading?: boolean }) {
  const { api, run } = useAppState();
  const { t } = useI18n();
  const steps = useNextSteps(workshopId);
  const [draft, setDraft] = useState({ text: '', owner: '', dueDate: '', domain: 'strategy' as CxDomain });
  const ids = { text: useId(), owner: useId(), due: useId(), domain: useId() };

  const add = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    if (!draft.text.trim()) return;
    const saved = await run(
      api.nextStepAdd({ workshopId, step: { text: draft.text, owner: draft.owner, dueDate: draft.dueDate || null, domain: draft.domain } }),
    );
    if (saved) setDraft((current) => ({ ...current, text: '', owner: '', dueDate: '' }));
  };

  const update = (step: NextStep, patch: Partial<Pick<NextStep, 'text' | 'owner' | 'dueDate' | 'domain'>>): void => {
    const changed = Object.entries(patch).some(([key, value]) => step[key as keyof NextStep] !== value);
    if (changed) void run(api.nextStepUpdate({ workshopId, id: step.id, patch }));
  };

  const move = (index: number, by: -1 | 1): void => {
    if (!steps) return;
    const order = steps.map((step) => step.id);
    const [item] = order.splice(index, 1);
    order.splice(index + by, 0, item!);
    void run(api.nextStepsReorder({ workshopId, ids: order }));
  };

  return (
    <section className="next-steps" aria-label={t('nextSteps.title')}>
      <header className="next-steps__head">
        {heading && <h2>{t('nextSteps.title')}</h2>}
        <p className="muted">{t('nextSteps.lead')}</p>
      </header>
      <form className="next-steps__add" onSubmit={(event) => void add(event)}>
        <Field label={t('nextSteps.text')} htmlFor={ids.text} className="next-steps__text">
          <input
            id={ids.text}
            className="input"
            value={draft.text}
            maxLength={500}
            required
            disabled={disabled}
            onChange={(event) => setDraft({ ...draft, text: event.target.value })}
          />
        </Field>
        <Field label={t('nextSteps.owner')} htmlFor={ids.owner}>
          <input id={ids.owner} className="input" value={draft.owner} maxLength={120} disabled={disabled} onChange={(event) => setDraft({ ...draft, owner: event.target.value })} />
        </Field>
        <Field label={t('nextSteps.due')} htmlFor={ids.due}>
          <DateField id={ids.due} value={draft.dueDate} disabled={disabled} onChange={(dueDate) => setDraft({ ...draft, dueDate })} />
        </Field>
        <Field label={t('nextSteps.domain')} htmlFor={ids.domain} className="next-steps__domain">
          <select id={ids.domain} className="select" value={draft.domain} disabled={disabled} onChange={(event) => setDraft({ ...draft, domain: event.target.value as CxDomain })}>
            <Options values={CX_DOMAINS} label={(domain) => t(`cx.domain.${domain}`)} />
          </select>
        </Field>
        <button type="submit" className="button button--primary" disabled={disabled || !draft.text.trim()}>
          {t('nextSteps.add')}
        </button>
      </form>

      {steps !== null && steps.length === 0 && <p className="next-steps__empty">{t('nextSteps.empty')}</p>}
      {steps !== null && steps.length > 0 && (
        <ol className="plain-list stack next-steps__list">
          {steps.map((step, index) => (
            <li key={step.id} className={`next-step next-step--${step.domain}`}>
              <select
                className="select next-step__domain"
                aria-label={t('nextSteps.domainOf', { text: step.text })}
                value={step.domain}
                disabled={disabled}
                onChange={(event) => update(step, { domain: event.target.value as CxDomain })}
              >
                <Options values={CX_DOMAINS} label={(domain) => t(`cx.domain.${domain}`)} />
              </select>
              <textarea
                className="textarea next-step__text"
                aria-label={t('nextSteps.edit', { text: step.text })}
                defaultValue={step.text}
                rows={2}
                maxLength={500}
                disabled={disabled}
                onBlur={(event) => event.target.value.trim() && update(step, { text: event.target.value.trim() })}
              />
              <input
                className="input next-step__owner"
                aria-label={t('nextSteps.ownerOf', { text: step.text })}
                placeholder={t('nextSteps.owner')}
                defaultValue={step.owner}
                maxLength={120}
                disabled={disabled}
                onBlur={(event) => update(step, { owner: event.target.value.trim() })}
              />
              <DateField
                className="input next-step__due"
                aria-label={t('nextSteps.dueOf', { text: step.text })}
                value={step.dueDate ?? ''}
                disabled={disabled}
                commitOnBlur
                onChange={(dueDate) => update(step, { dueDate: dueDate || null })}
              />
              {step.source && <SourceLink source={step.source} />}
              <div className="next-step__tools">
                <button type="button" className="button button--ghost button--icon" aria-label={t('nextSteps.moveUp', { text: step.text })} disabled={disabled || index === 0} onClick={() => move(index, -1)}>
                  <span aria-hidden="true">↑</span>
                </button>
                <button
                  type="button"
                  className="button button--ghost button--icon"
                  aria-label={t('nextSteps.moveDown', { text: step.text })}
                  disabled={disabled || index === steps.length - 1}
                  onClick={() => move(index, 1)}
                >
                  <span aria-hidden="true">↓</span>
                </button>
                <button
                  type="button"
                  className="button button--ghost button--icon button--danger"
                  aria-label={t('nextSteps.remove', { text: step.text })}
                  disabled={disabled}
                  onClick={() => void run(api.nextStepRemove({ workshopId, id: step.id }))}
                >
                  <TrashIcon />
                </button>
              </div>
            </li>
          ))}
        </ol>
      )}
      <PrioritiesWithoutAction workshopId={workshopId} nextSteps={steps ?? []} />
    </section>
  );
}
