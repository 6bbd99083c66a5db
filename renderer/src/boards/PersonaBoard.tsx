import { useCallback, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { CardGroup, Persona } from '../../../shared/domain/board';
import { useAppState } from '../app-state';
import { PlusIcon, StarIcon } from '../components/icons';
import { BoardEmpty } from './BoardEmpty';
import { useI18n } from '../i18n';
import { PersonaAvatar } from './avatars';
import { CardGhost } from './Card';
import { useCardActions } from './card-actions';
import { CardDnd, type CardDndLayout } from './CardDnd';
import { useDropMark } from './drag-store';
import { findCard, sectionKey } from '../../../shared/domain/card-location';
import { inOrder, parseKey, personaKey } from './keys';
import { PersonaCanvas } from './PersonaCanvas';
import type { BoardHandle } from './useBoard';
import { UndoRedo, useDeletedNotice } from './UndoRedo';
import { useBoardView } from './useBoardView';
import { ZoomControls } from './ZoomControls';
import { BoardBar, BoardBarSpacer } from './BoardBar';
import { FullWindowButton } from './board-mode';
import { BoardViewport } from './BoardViewport';
import { drawnOrder, listEntries, positionIndex, slotItems, type ListEntry } from './group-entries';
import { GroupingContext, useGroupingValue } from './grouping';
import type { DropOnto } from './slots';
import './PersonaBoard.css';
import { SuggestGroupsProvider } from '../suggest/SuggestGroups';

/** The Personas tab: one tab per persona (drop a card on one to move it there), the selected persona's canvas. */
export function PersonaBoard({ workshopId, handle }: { workshopId: string; handle: BoardHandle }) {
  const { api, run } = useAppState();
  const { t } = useI18n();
  const board = handle.board;
  const personas = useMemo(() => [...(board?.personas ?? [])].sort((a, b) => a.position - b.position), [board?.personas]);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const selected = personas.find((p) => p.id === selectedId) ?? personas.find((p) => p.primary) ?? personas[0] ?? null;
  const { onDeleted, notice } = useDeletedNotice(handle.undo);
  const [view, setView] = useBoardView(`${workshopId}.personas`);
  const [zoom, setZoom] = useState(1);

  const boardRef = useRef(board);
  const selectedRef = useRef(selected);
  useLayoutEffect(() => {
    boardRef.current = board;
    selectedRef.current = selected;
  });

  const containerOf = useCallback((key: string) => {
    const parsed = parseKey(key);
    return parsed?.kind === 'section' ? ({ kind: 'section', sectionId: parsed.sectionId } as const) : null;
  }, []);
  const actions = useCardActions(workshopId, containerOf, onDeleted);

  const visibleSections = useMemo(() => (selected ? [...selected.sections].filter((s) => !s.hidden).sort((a, b) => a.position - b.position) : []), [selected]);
  const others = useMemo(() => personas.filter((p) => p.id !== selected?.id), [personas, selected?.id]);

  const entries = useMemo(() => new Map<string, readonly ListEntry[]>(visibleSections.map((s) => [sectionKey(s.id), listEntries(inOrder(s.cards), s.groups)])), [visibleSections]);
  const entriesRef = useRef(entries);
  useLayoutEffect(() => {
    entriesRef.current = entries;
  });

  const layout = useMemo<CardDndLayout>(() => {
    const sectionIds = visibleSections.map((s) => sectionKey(s.id));
    const otherKeys = others.map((p) => personaKey(p.id));
    const cards = new Map([...entries].map(([key, list]) => [key, drawnOrder(list).map((c) => c.id)]));
    const items = new Map([...entries].map(([key, list]) => [key, slotItems(list)]));
    const groups = new Map(visibleSections.flatMap((s) => s.groups.map((g) => [g.id, g] as const)));
    return {
      cardsOf: (key) => cards.get(key) ?? [],
      itemsOf: (key) => items.get(key) ?? [],
      groupTitle: (groupId) => groups.get(groupId)?.title ?? '',
      neighbour: (key, direction) => {
        const inSections = sectionIds.indexOf(key);
        if (inSections !== -1) {
          if (direction === 'left') return sectionIds[inSections - 1] ?? null;
          if (direction === 'right') return sectionIds[inSections + 1] ?? null;
          return direction === 'up' ? (otherKeys[0] ?? null) : null;
        }
        const inOthers = otherKeys.indexOf(key);
        if (direction === 'left') return otherKeys[inOthers - 1] ?? null;
        if (direction === 'right') return otherKeys[inOthers + 1] ?? null;
        return direction === 'down' ? (sectionIds[0] ?? null) : null;
      },
      label: (key) => {
        const parsed = parseKey(key);
        if (parsed?.kind === 'persona') return t('boards.dnd.toPersona', { name: personas.find((p) => p.id === parsed.personaId)?.name ?? '' });
        return visibleSections.find((s) => sectionKey(s.id) === key)?.title ?? '';
      },
    };
  }, [visibleSections, entries, others, personas, t]);

  const { grouping, announcer } = useGroupingValue({
    workshopId,
    entriesOf: useCallback((key: string) => entriesRef.current.get(key) ?? [], []),
    findCard: useCallback((id: string) => (boardRef.current ? findCard(boardRef.current, id) : undefined), []),
    findGroup: useCallback((id: string): CardGroup | undefined => boardRef.current?.personas.flatMap((p) => p.sections.flatMap((s) => s.groups)).find((g) => g.id === id), []),
  });

  const onMove = useCallback(
    (cardId: string, key: string, index: number) => {
      const parsed = parseKey(key);
      if (parsed?.kind === 'section') {
        const list = entriesRef.current.get(key) ?? [];
        const section = selectedRef.current?.sections.find((s) => s.id === parsed.sectionId);
        const byPosition = section ? inOrder(section.cards).map((c) => c.id) : [];
        const to = { kind: 'section', sectionId: parsed.sectionId } as const;
        const at = positionIndex(drawnOrder(list).map((c) => c.id), byPosition, cardId, index);
        const card = section?.cards.find((c) => c.id === cardId);
        // Out of its group to a place between the others: it leaves the group, then goes there.
        if (card?.groupId) void run(api.groupLeave({ workshopId, cardId })).then((left) => left && handle.moveCard(cardId, to, at));
        else handle.moveCard(cardId, to, at);
      }
      if (parsed?.kind === 'persona') {
        // To another persona: the section with the same title there, else its first visible one; at the end.
        const target = boardRef.current?.personas.find((p) => p.id === parsed.personaId);
        const from = selectedRef.current?.sections.find((s) => s.cards.some((c) => c.id === cardId));
        const sections = target ? [...target.sections].sort((a, b) => a.position - b.position) : [];
        const section = sections.find((s) => s.title === from?.title) ?? sections.find((s) => !s.hidden) ?? sections[0];
        if (section) handle.moveCard(cardId, { kind: 'section', sectionId: section.id }, section.cards.length);
      }
    },
    [handle, api, run, workshopId],
  );

  const onDropOnto = useCallback(
    (cardId: string, _key: string, onto: DropOnto) => {
      if (onto.kind === 'group') grouping.actions.join(cardId, onto.id);
      else grouping.actions.create(cardId, onto.id);
    },
    [grouping],
  );

  const textOf = useCallback((id: string) => (boardRef.current ? (findCard(boardRef.current, id)?.text ?? '') : ''), []);
  const renderOverlay = useCallback((id: string) => {
    const card = boardRef.current ? findCard(boardRef.current, id) : undefined;
    return card ? <CardGhost card={card} /> : null;
  }, []);

  const addPersona = async (): Promise<void> => {
    const created = await run(api.personaCreate({ workshopId }));
    if (created) setSelectedId(created.id);
  };

  if (!board) return <p className="board-loading muted">{handle.failed ? t('boards.unavailable') : t('boards.loading')}</p>;

  return (
    <GroupingContext.Provider value={grouping}>
    <CardDnd layout={layout} textOf={textOf} onMove={onMove} onDropOnto={onDropOnto} renderOverlay={renderOverlay} scale={zoom}>
      <div className="persona-board">
        <BoardBar>
          <PersonaTabs personas={personas} selectedId={selected?.id ?? null} onSelect={setSelectedId} />
          <button type="button" className="button button--small" onClick={() => void addPersona()}>
            <PlusIcon />
            {t('boards.persona.add')}
          </button>
          <BoardBarSpacer />
          {selected && <ZoomControls view={view} zoom={zoom} onView={setView} canFit={false} />}
          <UndoRedo handle={handle} />
          <FullWindowButton />
        </BoardBar>
        {selected ? (
          <div role="tabpanel" id="persona-panel" className="persona-board__panel" aria-labelledby={`persona-tab-${selected.id}`}>
            <SuggestGroupsProvider workshopId={workshopId}>
              <BoardViewport flow view={view} onView={setView} onZoom={setZoom} label={t('boards.zoom.viewport', { name: selected.name })}>
                <PersonaCanvas persona={selected} actions={actions} zoom={view.zoom} />
              </BoardViewport>
            </SuggestGroupsProvider>
          </div>
        ) : (
          <BoardEmpty title={t('boards.persona.emptyTitle')} body={t('boards.persona.emptyBody')} action={t('boards.persona.add')} onAction={() => void addPersona()} />
        )}
      </div>
      {notice}
      {announcer}
    </CardDnd>
    </GroupingContext.Provider>
  );
}

function PersonaTabs({ personas, selectedId, onSelect }: { personas: Persona[]; selectedId: string | null; onSelect: (id: string) => void }) {
  const { t } = useI18n();
  const list = useRef<HTMLDivElement>(null);
  const onKeyDown = (event: KeyboardEvent): void => {
    const index = personas.findIndex((p) => p.id === selectedId);
    const next = { ArrowRight: index + 1, ArrowLeft: index - 1, Home: 0, End: personas.length - 1 }[event.key];
    if (next === undefined || personas.length === 0) return;
    event.preventDefault();
    const persona = personas[(next + personas.length) % personas.length]!;
    onSelect(persona.id);
    list.current?.querySelector<HTMLElement>(`#persona-tab-${CSS.escape(persona.id)}`)?.focus();
  };
  if (personas.length === 0) return null;
  return (
    <div ref={list} className="pill-row persona-tabs" role="tablist" aria-label={t('boards.persona.list')} onKeyDown={onKeyDown}>
      {personas.map((persona) => (
        <PersonaTab key={persona.id} persona={persona} selected={persona.id === selectedId} onSelect={() => onSelect(persona.id)} />
      ))}
    </div>
  );
}

const NO_IDS: string[] = [];

/** A persona's tab; for the others, also a drop target that moves a card to that persona. */
function PersonaTab({ persona, selected, onSelect }: { persona: Persona; selected: boolean; onSelect: () => void }) {
  const { t } = useI18n();
  const key = personaKey(persona.id);
  const mark = useDropMark(key, NO_IDS);
  return (
    <button
      type="button"
      role="tab"
      id={`persona-tab-${persona.id}`}
      aria-selected={selected}
      aria-controls={selected ? 'persona-panel' : undefined}
      tabIndex={selected ? 0 : -1}
      className={`pill persona-tab${mark.over ? ' is-over' : ''}`}
      data-container={key}
      data-drop-disabled={selected || undefined}
      onClick={onSelect}
    >
      <PersonaAvatar avatar={persona.avatar} name={persona.name} size={32} />
      <span className="persona-tab__name" title={persona.name}>
        {persona.name}
      </span>
      {persona.primary && (
        <span className="persona-tab__star" title={t('boards.persona.primary')}>
          <StarIcon filled />
          <span className="visually-hidden">{t('boards.persona.primaryMark')}</span>
        </span>
      )}
    </button>
  );
}
