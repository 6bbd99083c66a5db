import { memo, useCallback, useMemo, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import type { CardContainer } from '../../../shared/domain/board';
import { containerKey } from '../../../shared/domain/card-location';
import { boardAsSeen, boardCards, indexAmongAll, type CardViewer } from '../../../shared/domain/card-visibility';
import type { Workshop } from '../../../shared/domain/workshop';
import { useI18n } from '../i18n';
import { JourneyBoard } from './JourneyBoard';
import { PersonaBoard } from './PersonaBoard';
import { PanelIcon } from '../components/icons';
import { TimerStrip } from './TimerStrip';
import { AuthorDisplayContext } from './card-author';
import { silenceMatters, SilentBanner } from './SilentBanner';
import { SilentStart } from './SilentStart';
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
  const full = useBoard(workshop.id);
  // Silent writing: hidden cards stay off this screen too, unless the facilitator peeks (never the projector).
  const [peek, setPeek] = useState(false);
  const [revealed, setRevealed] = useState<number | null>(null);
  // Silence switched live: the button that switches it back takes the focus, wherever it lands.
  const [switchedTo, setSwitchedTo] = useState<boolean | null>(null);
  const switchFocused = useCallback(() => setSwitchedTo(null), []);
  const viewer = useMemo<CardViewer>(() => ({ kind: peek ? 'laptopPeek' : 'laptop' }), [peek]);
  // A drop's index counts the cards on screen; main's counts the hidden ones too.
  const boardRef = useRef(full.board);
  boardRef.current = full.board;
  const { moveCard: moveInFull } = full;
  const moveCard = useCallback(
    (cardId: string, to: CardContainer, index: number) => {
      const all = boardRef.current ? boardCards(boardRef.current).filter((c) => c.id !== cardId && containerKey(c.container) === containerKey(to)) : [];
      all.sort((a, b) => a.position - b.position);
      moveInFull(cardId, to, indexAmongAll(all, index, viewer));
    },
    [moveInFull, viewer],
  );
  const handle = useMemo(() => (full.board ? { ...full, board: boardAsSeen(full.board, viewer), moveCard } : full), [full, viewer, moveCard]);
  const silence = full.board !== null && silenceMatters(workshop, full.board);
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
              className={`tone-dot workshop-tab workshop-tab--${name}`}
              onClick={() => setTab(name)}
            >
              {labels[name]}
            </button>
          ))}
        </div>
        {onBoard && !panelOnBoards && <TimerStrip workshop={workshop} />}
        {onBoard && (
          <button
            type="button"
            className="button button--ghost button--small workshop-tabs__panel-toggle"
            aria-label={t('boards.timerPanel')}
            title={t('boards.timerPanel')}
            aria-pressed={panelOnBoards}
            onClick={() => setPanelOnBoards((value) => !value)}
          >
            <PanelIcon />
            <span className="workshop-tabs__panel-label">{t('boards.timerPanel')}</span>
          </button>
        )}
      </div>
      <div className={showPanel ? 'split workshop__grid' : 'split workshop__grid workshop__grid--full'}>
        <div role="tabpanel" id={`tabpanel-${tab}`} aria-labelledby={`tab-${tab}`} className="workshop-tabs__panel">
          {tab === 'agenda' && agenda}
          {(tab === 'personas' || tab === 'journey') && silence && full.board && (
            <SilentBanner
              workshop={workshop}
              board={full.board}
              peek={peek}
              onPeek={setPeek}
              onRevealed={(count) => setRevealed(count)}
              switchedTo={switchedTo}
              onSwitched={setSwitchedTo}
              onSwitchFocused={switchFocused}
            />
          )}
          {(tab === 'personas' || tab === 'journey') && !silence && full.board && (
            <SilentStart workshop={workshop} focus={switchedTo === false} onFocused={switchFocused} onStarted={() => setSwitchedTo(true)} />
          )}
          {(tab === 'personas' || tab === 'journey') && revealed !== null && (
            <p className="silent-revealed" role="status">
              {revealed === 1 ? t('silent.revealedOne') : t('silent.revealed', { count: revealed })}
            </p>
          )}
          <AuthorDisplayContext.Provider value={workshop.authorDisplay}>
            {tab === 'personas' && <MemoPersonaBoard workshopId={workshop.id} handle={handle} />}
            {tab === 'journey' && <MemoJourneyBoard workshopId={workshop.id} handle={handle} />}
          </AuthorDisplayContext.Provider>
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
