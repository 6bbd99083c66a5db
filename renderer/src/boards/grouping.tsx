import { createContext, useContext, useLayoutEffect, useMemo, useRef, useState, useSyncExternalStore, type ReactNode } from 'react';
import type { Card, CardGroup } from '../../../shared/domain/board';
import { useAppState } from '../app-state';
import { useI18n } from '../i18n';
import { shortText } from '../format';
import { groupName, type ListEntry } from './group-entries';

/** What a card or a group can ask of its board's grouping; one stable object per board. */
export interface GroupActions {
  /** Drop a card onto an ungrouped card: the two make a group, whose title then takes the focus. */
  create: (cardId: string, targetCardId: string) => void;
  join: (cardId: string, groupId: string) => void;
  leave: (cardId: string) => void;
  rename: (groupId: string, title: string) => void;
  collapse: (groupId: string, collapsed: boolean) => void;
  dissolve: (groupId: string) => void;
  merge: (groupId: string, intoGroupId: string) => void;
  /** The card disappears into the other, which keeps its text and both authors and votes. */
  mergeDuplicate: (cardId: string, intoCardId: string) => void;
}

export interface Grouping {
  actions: GroupActions;
  /** A container's cards and groups as drawn now (for the card menu's choices). */
  entriesOf: (containerKey: string) => readonly ListEntry[];
  /** The group whose title field should take the focus once it is drawn. */
  titleFocus: TitleFocus;
}

/** The one group title waiting for the focus: a group made here by a drop or from a menu. */
export class TitleFocus {
  private id: string | null = null;
  private readonly listeners = new Set<() => void>();
  get = (): string | null => this.id;
  set(id: string | null): void {
    this.id = id;
    for (const listener of this.listeners) listener();
  }
  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };
}

export const GroupingContext = createContext<Grouping | null>(null);

/**
 * After an edit that redraws a card elsewhere (into a group, out of one, merged into another), the
 * focus that was on it is lost with its old element: it goes to the card once main's change has
 * drawn it so (`placed` says when), unless the user has put the focus somewhere meanwhile. The DOM
 * is watched for that one change, for a few seconds at most.
 */
function focusCardWhenDrawn(cardId: string, placed: (card: HTMLElement) => boolean): void {
  const attempt = (): boolean => {
    const element = document.querySelector<HTMLElement>(`[data-card-id="${CSS.escape(cardId)}"] > .card__text`);
    if (!element || !placed(element)) return false;
    if (document.activeElement === null || document.activeElement === document.body) element.focus();
    return true;
  };
  if (attempt()) return;
  const observer = new MutationObserver(() => {
    if (attempt()) stop();
  });
  const timer = window.setTimeout(() => stop(), 3_000);
  const stop = (): void => {
    observer.disconnect();
    window.clearTimeout(timer);
  };
  observer.observe(document.body, { childList: true, subtree: true });
}

const inGroup = (element: HTMLElement, groupId: string): boolean => element.closest<HTMLElement>('[data-group-id]')?.dataset.groupId === groupId;
const gone = (cardId: string): boolean => document.querySelector(`[data-card-id="${CSS.escape(cardId)}"]`) === null;

export const useGrouping = (): Grouping | null => useContext(GroupingContext);

/** Whether this group's title should take the focus now. */
export function useTitleFocus(groupId: string): boolean {
  const focus = useContext(GroupingContext)?.titleFocus;
  return useSyncExternalStore(focus?.subscribe ?? noSubscribe, () => focus?.get() === groupId);
}
const noSubscribe = (): (() => void) => () => undefined;

export interface GroupingSource {
  workshopId: string;
  entriesOf: (containerKey: string) => readonly ListEntry[];
  findCard: (cardId: string) => Card | undefined;
  findGroup: (groupId: string) => CardGroup | undefined;
}

/**
 * A board's grouping: the actions, each one board edit (one undo entry) in main, and a polite live
 * region that says what an action from a menu did (a drop is spoken by the drag layer). The board
 * puts `grouping` in GroupingContext and draws `announcer` once.
 */
export function useGroupingValue({ workshopId, entriesOf, findCard, findGroup }: GroupingSource): { grouping: Grouping; announcer: ReactNode } {
  const { api, run } = useAppState();
  const { t } = useI18n();
  const [said, setSaid] = useState('');
  const latest = useRef({ entriesOf, findCard, findGroup, t });
  useLayoutEffect(() => {
    latest.current = { entriesOf, findCard, findGroup, t };
  });
  const titleFocus = useMemo(() => new TitleFocus(), []);

  const value = useMemo<Grouping>(() => {
    const text = (id: string): string => shortText(latest.current.findCard(id)?.text ?? '', 60);
    const title = (id: string): string => {
      const group = latest.current.findGroup(id);
      return group ? groupName(group, latest.current.t('grouping.untitled')) : latest.current.t('grouping.untitled');
    };
    const say = (message: string): void => setSaid(message);
    const actions: GroupActions = {
      create: (cardId, targetCardId) => {
        const words = { text: text(cardId), target: text(targetCardId) };
        void run(api.groupCreate({ workshopId, cardId, targetCardId })).then((group) => {
          if (!group) return;
          titleFocus.set(group.id);
          say(latest.current.t('grouping.said.created', words));
        });
      },
      join: (cardId, groupId) => {
        const words = { text: text(cardId), title: title(groupId) };
        void run(api.groupJoin({ workshopId, cardId, groupId })).then((card) => {
          if (!card) return;
          say(latest.current.t('grouping.said.joined', words));
          focusCardWhenDrawn(cardId, (element) => inGroup(element, groupId));
        });
      },
      leave: (cardId) => {
        const words = { text: text(cardId) };
        void run(api.groupLeave({ workshopId, cardId })).then((card) => {
          if (!card) return;
          say(latest.current.t('grouping.said.left', words));
          focusCardWhenDrawn(cardId, (element) => element.closest('[data-group-id]') === null);
        });
      },
      rename: (groupId, value) => void run(api.groupRename({ workshopId, groupId, title: value })),
      collapse: (groupId, collapsed) => {
        const words = { title: title(groupId) };
        void run(api.groupCollapse({ workshopId, groupId, collapsed })).then(
          (group) => group && say(latest.current.t(collapsed ? 'grouping.said.collapsed' : 'grouping.said.expanded', words)),
        );
      },
      dissolve: (groupId) => {
        const words = { title: title(groupId) };
        // It answers nothing: an error is shown as every other, and only success is said.
        void api.groupDissolve({ workshopId, groupId }).then((result) => (result.ok ? say(latest.current.t('grouping.said.dissolved', words)) : void run(Promise.resolve(result))));
      },
      merge: (groupId, intoGroupId) => {
        const words = { title: title(groupId), into: title(intoGroupId) };
        void run(api.groupMerge({ workshopId, groupId, intoGroupId })).then((group) => group && say(latest.current.t('grouping.said.merged', words)));
      },
      mergeDuplicate: (cardId, intoCardId) => {
        const words = { text: text(cardId), target: text(intoCardId) };
        void run(api.cardMergeDuplicate({ workshopId, cardId, intoCardId })).then((card) => {
          if (!card) return;
          say(latest.current.t('grouping.said.duplicate', words));
          focusCardWhenDrawn(intoCardId, () => gone(cardId));
        });
      },
    };
    return { actions, entriesOf: (key) => latest.current.entriesOf(key), titleFocus };
  }, [api, run, workshopId, titleFocus]);

  const announcer = (
    <div className="visually-hidden" role="status" aria-live="polite">
      {said}
    </div>
  );
  return { grouping: value, announcer };
}
