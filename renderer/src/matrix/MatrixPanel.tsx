import { useEffect, useId, useState } from 'react';
import type { Matrix, MatrixItem, Placement, WorkshopMatrices } from '../../../shared/domain/matrix';
import type { VotingCandidate } from '../../../shared/domain/voting';
import type { Workshop } from '../../../shared/domain/workshop';
import { useAppState } from '../app-state';
import { PlusIcon, RedoIcon, UndoIcon } from '../components/icons';
import { useUndoShortcuts } from '../boards/useUndoShortcuts';
import { Menu } from '../components/Menu';
import { Snackbar } from '../components/Snackbar';
import { useI18n } from '../i18n';
import { useNextSteps } from '../useNextSteps';
import { useWorkshopVoting } from '../voting/useVoting';
import { MakeActionDialog } from '../report/MakeActionDialog';
import { MatrixBoard } from './MatrixBoard';
import { MatrixCreate } from './MatrixCreate';
import { Priorities } from './Priorities';
import { useMatrices } from '../useMatrices';
import './MatrixPanel.css';

/**
 * The workshop's "Prioritisation" tab: the matrix of the current prioritisation step (or the one
 * picked), built from a revealed vote; items placed on impact × effort, and actions made from them.
 */
export function MatrixPanel({ workshop }: { workshop: Workshop }) {
  const { t } = useI18n();
  const { api, run } = useAppState();
  const followed = useMatrices(workshop.id);
  const voting = useWorkshopVoting(workshop.id);
  const nextSteps = useNextSteps(workshop.id) ?? [];
  const [pickedId, setPickedId] = useState<string | null>(null);
  const [creating, setCreating] = useState(false);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [acting, setActing] = useState<MatrixItem | null>(null);
  // The action just made, until dismissed: its notice offers to take it back.
  const [made, setMade] = useState<{ text: string; stepId: string } | null>(null);
  const state = followed.value;

  const canUndo = state?.canUndo ?? false;
  const canRedo = state?.canRedo ?? false;
  const apply = (answer: WorkshopMatrices | null | undefined): void => {
    if (answer) followed.offer(answer);
  };
  const undo = (): void => void run(api.matrixUndo({ workshopId: workshop.id })).then(apply);
  const redo = (): void => void run(api.matrixRedo({ workshopId: workshop.id })).then(apply);
  useUndoShortcuts({ undo: () => canUndo && undo(), redo: () => canRedo && redo() }, acting === null);

  if (!state) {
    return (
      <section className="matrix-panel" aria-labelledby="matrix-title" aria-busy="true">
        <h2 id="matrix-title">{t('matrix.tab')}</h2>
      </section>
    );
  }

  const prioritisationSteps = workshop.steps.filter((step) => step.kind === 'prioritisation');
  const currentStep = workshop.steps.find((step) => step.id === workshop.currentStepId);
  const ofCurrent = currentStep?.kind === 'prioritisation' ? state.matrices.find((m) => m.stepId === currentStep.id) : undefined;
  const matrix = state.matrices.find((m) => m.id === pickedId) ?? ofCurrent ?? state.matrices[0] ?? null;
  // A new matrix goes to the current prioritisation step, else the first one still without a matrix.
  const freeSteps = prioritisationSteps.filter((step) => !state.matrices.some((m) => m.stepId === step.id));
  const stepForNew = (currentStep?.kind === 'prioritisation' && freeSteps.includes(currentStep) ? currentStep : freeSteps[0]) ?? null;

  const place = async (itemId: string, placement: Placement | null): Promise<void> => {
    if (!matrix) return;
    apply(await run(api.matrixItemPlace({ workshopId: workshop.id, matrixId: matrix.id, itemId, placement })));
  };

  return (
    <section className="matrix-panel" aria-labelledby="matrix-title">
      <header className="matrix-panel__head">
        <h2 id="matrix-title">{t('matrix.tab')}</h2>
        {state.matrices.length > 1 && !creating && (
          <nav className="pill-row session-tabs" aria-label={t('matrix.pick')}>
            {state.matrices.map((m) => (
              <button key={m.id} type="button" className="pill session-tab" aria-pressed={m.id === matrix?.id} onClick={() => setPickedId(m.id)}>
                <span className="session-tab__title">{m.title || t('matrix.tab')}</span>
              </button>
            ))}
          </nav>
        )}
        <div className="matrix-panel__tools">
          <div className="undo-redo" role="group" aria-label={t('boards.history')}>
            <button type="button" className="button button--ghost button--small button--icon" disabled={!canUndo} aria-label={t('boards.undo')} title={t('boards.undo.keys')} onClick={undo}>
              <UndoIcon />
            </button>
            <button type="button" className="button button--ghost button--small button--icon" disabled={!canRedo} aria-label={t('boards.redo')} title={t('boards.redo.keys')} onClick={redo}>
              <RedoIcon />
            </button>
          </div>
          {matrix && !creating && (
            <>
              <button type="button" className="button button--small" onClick={() => setCreating(true)}>
                <PlusIcon />
                {t('matrix.create.another')}
              </button>
              <Menu
                label={`${t('matrix.pick')}: ${matrix.title || t('matrix.tab')}`}
                items={[
                  {
                    label: t('matrix.delete'),
                    danger: true,
                    // Undone like any matrix edit (Ctrl+Z), so no confirmation.
                    onSelect: () => void run(api.matrixDelete({ workshopId: workshop.id, matrixId: matrix.id })).then(apply),
                  },
                ]}
              />
            </>
          )}
        </div>
      </header>

      {creating || matrix === null ? (
        <MatrixCreate
          workshopId={workshop.id}
          step={stepForNew}
          voting={voting}
          onCancel={matrix ? () => setCreating(false) : undefined}
          onCreated={(id) => {
            setPickedId(id);
            setCreating(false);
          }}
        />
      ) : (
        <div className="matrix-panel__layout">
          <div className="column matrix-panel__main">
            <MatrixSettings key={matrix.id} workshop={workshop} matrix={matrix} onAnswer={apply} />
            <MatrixBoard matrix={matrix} onPlace={place} selectedId={selectedId} onSelect={setSelectedId} />
          </div>
          <Priorities
            matrix={matrix}
            nextSteps={nextSteps}
            selectedId={selectedId}
            onMakeAction={setActing}
            onToTray={(item) => void place(item.id, null)}
            onRemove={(item) => void run(api.matrixItemRemove({ workshopId: workshop.id, matrixId: matrix.id, itemId: item.id })).then(apply)}
          />
        </div>
      )}
      {acting && matrix && (
        <MakeActionDialog
          text={acting.text}
          onClose={() => setActing(null)}
          onCreate={async (action) => {
            const steps = await run(api.matrixItemMakeAction({ workshopId: workshop.id, matrixId: matrix.id, itemId: acting.id, action }));
            // A new action goes to the end of the list.
            const created = steps?.at(-1);
            if (created) setMade({ text: created.text, stepId: created.id });
            return steps !== null && steps !== undefined;
          }}
        />
      )}
      {made && (
        <Snackbar message={t('matrix.makeAction.done', { text: made.text })} onDismiss={() => setMade(null)}>
          <button
            type="button"
            className="button button--ghost button--small"
            onClick={() => void run(api.nextStepRemove({ workshopId: workshop.id, id: made.stepId })).then((steps) => steps && setMade(null))}
          >
            {t('matrix.makeAction.undo')}
          </button>
        </Snackbar>
      )}
    </section>
  );
}

/** The axes' names and adding a card by hand. */
/** An axis's name, saved when the field is left. */
function AxisField({ label, placeholder, value, onCommit }: { label: string; placeholder: string; value: string; onCommit: (value: string) => void }) {
  const id = useId();
  return (
    <div className="field">
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <input id={id} className="input" maxLength={60} placeholder={placeholder} defaultValue={value} onBlur={(event) => onCommit(event.target.value)} />
    </div>
  );
}

function MatrixSettings({ workshop, matrix, onAnswer }: { workshop: Workshop; matrix: Matrix; onAnswer: (answer: WorkshopMatrices | null | undefined) => void }) {
  const { t } = useI18n();
  const { api, run } = useAppState();
  const ids = { card: useId() };
  const [candidates, setCandidates] = useState<VotingCandidate[] | null>(null);
  const [cardId, setCardId] = useState('');

  useEffect(() => {
    let live = true;
    void api.votingCandidates({ workshopId: workshop.id }).then((result) => live && result.ok && setCandidates(result.value));
    return () => {
      live = false;
    };
  }, [api, workshop.id]);

  const rename = (key: 'verticalLabel' | 'horizontalLabel', value: string): void => {
    if (value.trim() === matrix[key]) return;
    void run(api.matrixUpdate({ workshopId: workshop.id, matrixId: matrix.id, patch: { [key]: value.trim() } })).then(onAnswer);
  };
  // A candidate is named "card:<id>" or "group:<id>", as the option it becomes.
  const keyOf = (candidate: VotingCandidate): string => (candidate.kind === 'card' ? `card:${candidate.cardId}` : `group:${candidate.groupId}`);
  const onMatrix = new Set(
    matrix.items.flatMap((item) => (item.source.kind === 'card' ? [`card:${item.source.cardId}`] : item.source.kind === 'group' ? [`group:${item.source.groupId}`] : [])),
  );
  const offered = (candidates ?? []).filter((candidate) => !onMatrix.has(keyOf(candidate)));

  return (
    <div className="matrix-settings">
      <AxisField label={t('matrix.axis.vertical')} placeholder={t('matrix.axis.impact')} value={matrix.verticalLabel} onCommit={(value) => rename('verticalLabel', value)} />
      <AxisField label={t('matrix.axis.horizontal')} placeholder={t('matrix.axis.effort')} value={matrix.horizontalLabel} onCommit={(value) => rename('horizontalLabel', value)} />
      <form
        className="matrix-settings__add"
        onSubmit={(event) => {
          event.preventDefault();
          if (!cardId) return;
          const [kind, id = ''] = cardId.split(':');
          const source = kind === 'group' ? { kind: 'group' as const, groupId: id } : { kind: 'card' as const, cardId: id };
          void run(api.matrixItemAdd({ workshopId: workshop.id, matrixId: matrix.id, source })).then((answer) => {
            onAnswer(answer);
            if (answer) setCardId('');
          });
        }}
      >
        <div className="field">
          <label className="field__label" htmlFor={ids.card}>
            {t('matrix.add')}
          </label>
          <select id={ids.card} className="select" value={cardId} onChange={(event) => setCardId(event.target.value)}>
            <option value="">{t('matrix.add.choose')}</option>
            {offered.map((candidate) => (
              <option key={keyOf(candidate)} value={keyOf(candidate)}>
                {candidate.kind === 'group' ? t('matrix.add.group', { title: candidate.text }) : candidate.text}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="button" disabled={!cardId}>
          {t('matrix.add.submit')}
        </button>
      </form>
    </div>
  );
}
