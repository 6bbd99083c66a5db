import { DndContext, closestCenter, type Announcements, type DragEndEvent } from '@dnd-kit/core';
import { SortableContext, arrayMove, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { useEffect, useMemo, useState } from 'react';
import type { Workshop } from '../../../shared/domain/workshop';
import { formatMinutesOfDay, plannedClockTimes, stepRunStates, totalPlannedMinutes } from '../../../shared/domain/schedule';
import { useAppState } from '../app-state';
import { PlusIcon } from '../components/icons';
import { formatDuration } from '../format';
import { useSortSensors } from '../components/sortable';
import { useI18n } from '../i18n';
import { isRunning } from './run-of-show';
import { RunOfShow } from './RunOfShow';
import { StepItem, type StepPatch } from './StepItem';
import './agenda.css';

type Mode = 'run' | 'edit';

/**
 * The agenda: while the workshop runs, a compact run of show; otherwise (or on request, one click
 * away) the editor, where steps reorder by drag and drop (pointer, touch, keyboard) with spoken
 * announcements.
 */
export function AgendaEditor({ workshop }: { workshop: Workshop }) {
  const { api, run } = useAppState();
  const { t } = useI18n();
  const [optimisticOrder, setOptimisticOrder] = useState<string[] | null>(null);
  // Null follows the workshop: the run of show while it runs, the editor before and after.
  const [chosenMode, setChosenMode] = useState<Mode | null>(null);
  const [focusStep, setFocusStep] = useState<string | null>(null);
  const mode: Mode = chosenMode ?? (isRunning(workshop) ? 'run' : 'edit');

  // "Edit" on a line of the run of show lands in that step's title field.
  useEffect(() => {
    if (mode !== 'edit' || !focusStep) return;
    const field = document.getElementById(`step-${focusStep}-title`);
    field?.scrollIntoView({ block: 'center' });
    field?.focus();
    setFocusStep(null);
  }, [mode, focusStep]);
  const sensors = useSortSensors();

  const steps = useMemo(() => {
    if (!optimisticOrder) return workshop.steps;
    const byId = new Map(workshop.steps.map((s) => [s.id, s]));
    const ordered = optimisticOrder.map((id) => byId.get(id)).filter((s) => s !== undefined);
    return ordered.length === workshop.steps.length ? ordered : workshop.steps;
  }, [optimisticOrder, workshop.steps]);
  const ids = steps.map((s) => s.id);
  // Done, skipped, current or upcoming as run; with a start time, when each step is planned.
  const states = stepRunStates({ steps, currentStepId: workshop.currentStepId });
  const clockTimes = plannedClockTimes(steps, workshop.startTime, states);

  const titleOf = (id: unknown): string => steps.find((s) => s.id === id)?.title ?? '';
  const positionOf = (id: unknown): number => ids.indexOf(String(id)) + 1;
  const announcements: Announcements = {
    onDragStart: ({ active }) => t('agenda.dnd.picked', { title: titleOf(active.id), position: positionOf(active.id), count: ids.length }),
    onDragOver: ({ active, over }) =>
      over ? t('agenda.dnd.over', { title: titleOf(active.id), position: positionOf(over.id), count: ids.length }) : undefined,
    onDragEnd: ({ active, over }) =>
      t('agenda.dnd.dropped', { title: titleOf(active.id), position: positionOf(over?.id ?? active.id), count: ids.length }),
    onDragCancel: ({ active }) => t('agenda.dnd.cancelled', { title: titleOf(active.id), position: positionOf(active.id) }),
  };

  const onDragEnd = ({ active, over }: DragEndEvent): void => {
    if (!over || active.id === over.id) return;
    const next = arrayMove(ids, ids.indexOf(String(active.id)), ids.indexOf(String(over.id)));
    setOptimisticOrder(next);
    void run(api.stepsReorder({ workshopId: workshop.id, stepIds: next })).finally(() => setOptimisticOrder(null));
  };

  const update = (stepId: string, patch: StepPatch): void => void run(api.stepUpdate({ workshopId: workshop.id, stepId, patch }));
  const addStep = (): void =>
    void run(api.stepAdd({ workshopId: workshop.id, step: { kind: 'discussion', title: t('agenda.newStepTitle'), instructions: '', plannedMinutes: 10 } }));

  return (
    <section className="panel agenda" aria-labelledby="agenda-title">
      <header className="row row--spread agenda__header">
        <h2 id="agenda-title">{t('agenda.title')}</h2>
        <div className="agenda__header-end">
          <p className="agenda__total">{t('agenda.total', { duration: formatDuration(totalPlannedMinutes(steps)) })}</p>
          <div className="agenda__modes" role="group" aria-label={t('agenda.mode.label')}>
            {(['run', 'edit'] as const).map((name) => (
              <button key={name} type="button" className="button button--small" aria-pressed={mode === name} onClick={() => setChosenMode(name)}>
                {t(`agenda.mode.${name}`)}
              </button>
            ))}
          </div>
        </div>
      </header>
      {mode === 'run' ? (
        <RunOfShow
          workshop={workshop}
          onEdit={(stepId) => {
            setChosenMode('edit');
            setFocusStep(stepId);
          }}
        />
      ) : (
        <>
          <DndContext
            sensors={sensors}
            collisionDetection={closestCenter}
            onDragEnd={onDragEnd}
            accessibility={{ announcements, screenReaderInstructions: { draggable: t('agenda.dnd.instructions') } }}
          >
            <SortableContext items={ids} strategy={verticalListSortingStrategy}>
              <ol className="agenda__list" aria-label={t('agenda.title')}>
                {steps.map((step, index) => (
                  <StepItem
                    key={step.id}
                    step={step}
                    index={index}
                    status={states[index] ?? 'upcoming'}
                    clockTime={clockTimes ? formatMinutesOfDay(clockTimes[index] ?? 0) : null}
                    onChange={(patch) => update(step.id, patch)}
                    onRemove={() => void run(api.stepRemove({ workshopId: workshop.id, stepId: step.id }))}
                    onMakeCurrent={() => void run(api.timerGoTo({ workshopId: workshop.id, stepId: step.id }))}
                    onSilent={(silent) => void run(api.stepSetSilent({ workshopId: workshop.id, stepId: step.id, silent }))}
                  />
                ))}
              </ol>
            </SortableContext>
          </DndContext>
          <button type="button" className="button agenda__add" onClick={addStep}>
            <PlusIcon />
            {t('agenda.addStep')}
          </button>
        </>
      )}
    </section>
  );
}
