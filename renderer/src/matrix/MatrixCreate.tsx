import { useId, useState, type FormEvent } from 'react';
import { DEFAULT_TOP_N, MAX_TOP_N } from '../../../shared/domain/matrix';
import type { WorkshopVoting } from '../../../shared/domain/voting';
import type { Step } from '../../../shared/domain/workshop';
import { useAppState } from '../app-state';
import { Field, TitledOptions } from '../components/Field';
import { useI18n } from '../i18n';

export interface MatrixCreateProps {
  workshopId: string;
  /** The prioritisation step the matrix is for, or null for a matrix apart from the agenda. */
  step: Step | null;
  voting: WorkshopVoting | null;
  onCreated: (matrixId: string) => void;
  onCancel?: () => void;
}

/** Builds a matrix from a revealed vote's top N items (ties at the cut kept), or an empty one. */
export function MatrixCreate({ workshopId, step, voting, onCreated, onCancel }: MatrixCreateProps) {
  const { api, run } = useAppState();
  const { t } = useI18n();
  const revealed = (voting?.sessions ?? []).filter((session) => session.phase === 'revealed');
  const [sessionId, setSessionId] = useState<string>(revealed[revealed.length - 1]?.id ?? '');
  const [topN, setTopN] = useState(DEFAULT_TOP_N);
  const ids = { vote: useId(), top: useId() };
  const chosen = revealed.some((session) => session.id === sessionId) ? sessionId : (revealed[revealed.length - 1]?.id ?? '');

  const create = async (fromVote: boolean): Promise<void> => {
    const state = await run(
      api.matrixCreate({ workshopId, stepId: step?.id ?? null, sessionId: fromVote && chosen ? chosen : null, topN }),
    );
    const made = state?.matrices[state.matrices.length - 1];
    if (made) onCreated(made.id);
  };

  const submit = (event: FormEvent): void => {
    event.preventDefault();
    void create(true);
  };

  return (
    <form className="matrix-create" aria-labelledby="matrix-create-title" onSubmit={submit}>
      <h3 id="matrix-create-title">{t('matrix.create.title')}</h3>
      {step && <p className="muted">{t('matrix.forStep', { title: step.title })}</p>}
      {revealed.length === 0 ? (
        <p className="matrix-create__note">{t('matrix.create.noVote')}</p>
      ) : (
        <div className="matrix-create__fields">
          <Field label={t('matrix.create.vote')} htmlFor={ids.vote}>
            <select id={ids.vote} className="select" value={chosen} onChange={(event) => setSessionId(event.target.value)}>
              <TitledOptions items={revealed} />
            </select>
          </Field>
          <Field label={t('matrix.create.topN')} htmlFor={ids.top}>
            <input
              id={ids.top}
              className="input matrix-create__top"
              type="number"
              min={1}
              max={MAX_TOP_N}
              value={topN}
              onChange={(event) => setTopN(Math.min(MAX_TOP_N, Math.max(1, Math.round(Number(event.target.value) || 1))))}
            />
          </Field>
          <p className="muted matrix-create__note">{t('matrix.create.tieNote')}</p>
        </div>
      )}
      <div className="matrix-create__buttons">
        {revealed.length > 0 && (
          <button type="submit" className="button button--primary">
            {t('matrix.create.submit')}
          </button>
        )}
        <button type="button" className={revealed.length > 0 ? 'button' : 'button button--primary'} onClick={() => void create(false)}>
          {t('matrix.create.empty')}
        </button>
        {onCancel && (
          <button type="button" className="button button--ghost" onClick={onCancel}>
            {t('common.cancel')}
          </button>
        )}
      </div>
    </form>
  );
}
