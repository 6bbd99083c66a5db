import { memo, useCallback, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import type { Workshop } from '../../../shared/domain/workshop';
import { useI18n } from '../i18n';
import { JourneyBoard } from './JourneyBoard';
import { PersonaBoard } from './PersonaBoard';
import { TimerStrip } from './TimerStrip';
import { useBoard } from './useBoard';
import './WorkshopTabs.css';

const TABS = ['agenda', 'personas', 'journey', 'voting', 'prioritisation'] as const;
export type WorkshopTab = (typeof TABS)[number];
type Tab = WorkshopTab;

/** The tabs that show a board: there, the board takes the screen (see WorkshopScreen). */
export const isBoardTab = (tab: WorkshopTab): tab is 'personas' | 'journey' => tab === 'personas' || tab === 'journey';

export interface WorkshopTabsProps {
  workshop: Workshop;
  /** The open tab and how to change it (useWorkshopTab). */
  tab: WorkshopTab;
  onTab: (tab: WorkshopTab) => void;
  agenda: ReactNode;
  /** The full timer panel: beside the agenda; on a board, folded into a one-line strip unless asked for. */
  timer: ReactNode;
  /** The Voting tab's content (renderer/src/voting/VotingPanel). */
  voting?: ReactNode;
  /** The Prioritisation tab's content (renderer/src/matrix/MatrixPanel). */
  prioritisation?: ReactNode;
}

function tabFromHash(): Tab {
  const name = window.location.hash.slice(1);
  return (TABS as readonly string[]).includes(name) ? (name as Tab) : 'agenda';
}

/** The open tab, kept in the address (#personas, #journey…) so that a reload, or a link, lands on it. */
export function useWorkshopTab(): [WorkshopTab, (tab: WorkshopTab) => void] {
  const [tab, setTab] = useState<Tab>(tabFromHash);
  const change = useCallback((next: Tab): void => {
    setTab(next);
    window.history.replaceState(window.history.state, '', `${window.location.pathname}${window.location.search}${next === 'agenda' ? '' : `#${next}`}`);
  }, []);
  return [tab, change];
}

const MemoPersonaBoard = memo(PersonaBoard);
const MemoJourneyBoard = memo(JourneyBoard);

/**
 * Agenda, Personas and Journey map as tabs (arrow keys move between them). The timer panel stays
 * mounted on every tab — its shortcuts and chime keep working — and is shown beside the agenda,
 * or as a strip above a board so the board gets the width.
 */
export function WorkshopTabs({ workshop, tab, onTab: setTab, agenda, timer, voting, prioritisation }: WorkshopTabsProps) {
  const { t } = useI18n();
  const [panelOnBoards, setPanelOnBoards] = useState(false);
  const handle = useBoard(workshop.id);
  const list = useRef<HTMLDivElement>(null);
  const onBoard = tab !== 'agenda';
  const showPanel = !onBoard || panelOnBoards;

  const labels: Record<Tab, string> = { agenda: t('agenda.title'), personas: t('boards.tabs.personas'), journey: t('boards.tabs.journey'), voting: t('voting.tab'), prioritisation: t('matrix.tab') };

  const onKeyDown = (event: KeyboardEvent): void => {
    const index = TABS.indexOf(tab);
    const next = { ArrowRight: index + 1, ArrowLeft: index - 1, Home: 0, End: TABS.length - 1 }[event.key];
    if (next === undefined) return;
    event.preventDefault();
    const target = TABS[(next + TABS.length) % TABS.length]!;
    setTab(target);
    list.current?.querySelector<HTMLElement>(`#tab-${target}`)?.focus();
  };

  return (
    <div className="workshop-tabs">
      <div className="workshop-tabs__bar">
        <div ref={list} className="workshop-tabs__list" role="tablist" aria-label={t('boards.tabs.label')} onKeyDown={onKeyDown}>
          {TABS.map((name) => (
            <button
              key={name}
              type="button"
              role="tab"
              id={`tab-${name}`}
              aria-selected={tab === name}
              aria-controls={tab === name ? `tabpanel-${name}` : undefined}
              tabIndex={tab === name ? 0 : -1}
              className={`workshop-tab workshop-tab--${name}`}
              onClick={() => setTab(name)}
            >
              {labels[name]}
            </button>
          ))}
        </div>
        {onBoard && !panelOnBoards && <TimerStrip workshop={workshop} />}
        {onBoard && (
          <button type="button" className="button button--ghost button--small" aria-pressed={panelOnBoards} onClick={() => setPanelOnBoards((value) => !value)}>
            {t('boards.timerPanel')}
          </button>
        )}
      </div>
      <div className={showPanel ? 'workshop__grid' : 'workshop__grid workshop__grid--full'}>
        <div role="tabpanel" id={`tabpanel-${tab}`} aria-labelledby={`tab-${tab}`} className="workshop-tabs__panel">
          {tab === 'agenda' && agenda}
          {tab === 'personas' && <MemoPersonaBoard workshopId={workshop.id} handle={handle} />}
          {tab === 'journey' && <MemoJourneyBoard workshopId={workshop.id} handle={handle} />}
          {tab === 'voting' && voting}
          {tab === 'prioritisation' && prioritisation}
        </div>
        <aside className="workshop__side" hidden={!showPanel}>
          {timer}
        </aside>
      </div>
    </div>
  );
}
