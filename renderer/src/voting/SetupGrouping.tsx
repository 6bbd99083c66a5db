import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import type { CardCandidate, GroupCandidate, VotingCandidate } from '../../../shared/domain/voting';
import { useAppState } from '../app-state';
import { shortText } from '../format';
import { useI18n } from '../i18n';

/** How the form tells candidates apart: a card by its id, a group by its own (ids never collide, the prefix keeps it plain). */
export function pickKey(c: VotingCandidate): string {
  return c.kind === 'card' ? c.cardId : `group:${c.groupId}`;
}

/** What a grouping edit did to the pickable items: the keys it took away and the one it made, so a pick follows its card. */
export interface Regrouped {
  gone: string[];
  made: string[];
}

/** The grouping a vote's setup offers, each one undoable board edit in main; said aloud once done. */
export interface SetupGroupActions {
  groupWith: (card: CardCandidate, target: VotingCandidate, containerLabel: string) => void;
  takeOut: (group: GroupCandidate, cardId: string) => void;
  dissolve: (group: GroupCandidate) => void;
}

/**
 * The setup's grouping: the actions, a polite live region saying what each did, and where the focus
 * goes once main's change has redrawn the list (the item the card went into, or out to).
 */
export function useSetupGrouping(workshopId: string, candidates: readonly VotingCandidate[] | null, onRegrouped: (change: Regrouped) => void) {
  const { api, run } = useAppState();
  const { t } = useI18n();
  const [said, setSaid] = useState('');
  const focusNext = useRef<string | null>(null);

  useEffect(() => {
    const key = focusNext.current;
    if (key === null) return;
    const element = document.querySelector<HTMLElement>(`[data-pick-key="${CSS.escape(key)}"]`);
    if (!element) return;
    focusNext.current = null;
    element.focus();
  }, [candidates]);

  const text = (value: string): string => shortText(value, 60);
  const actions: SetupGroupActions = {
    groupWith: (card, target, container) => {
      if (target.kind === 'card') {
        void run(api.groupCreate({ workshopId, cardId: card.cardId, targetCardId: target.cardId })).then((group) => {
          if (!group) return;
          const made = `group:${group.id}`;
          focusNext.current = made;
          onRegrouped({ gone: [card.cardId, target.cardId], made: [made] });
          setSaid(t('grouping.dnd.droppedOnCard', { text: text(card.text), target: text(target.text), container }));
        });
      } else {
        void run(api.groupJoin({ workshopId, cardId: card.cardId, groupId: target.groupId })).then((moved) => {
          if (!moved) return;
          focusNext.current = pickKey(target);
          onRegrouped({ gone: [card.cardId], made: [pickKey(target)] });
          setSaid(t('grouping.dnd.droppedOnGroup', { text: text(card.text), title: text(target.text), container }));
        });
      }
    },
    takeOut: (group, cardId) => {
      const member = group.members.find((m) => m.cardId === cardId);
      void run(api.groupLeave({ workshopId, cardId })).then((moved) => {
        if (!moved) return;
        // The last but one card out ends the group: its other card stands alone again.
        const last = group.members.length <= 2;
        focusNext.current = cardId;
        onRegrouped(last ? { gone: [pickKey(group)], made: group.members.map((m) => m.cardId) } : { gone: [], made: [cardId] });
        setSaid(t('grouping.said.left', { text: text(member?.text ?? '') }));
      });
    },
    dissolve: (group) => {
      // It answers nothing: an error is shown as every other, and only success is said.
      void api.groupDissolve({ workshopId, groupId: group.groupId }).then((result) => {
        if (!result.ok) return void run(Promise.resolve(result));
        focusNext.current = group.members[0]?.cardId ?? null;
        onRegrouped({ gone: [pickKey(group)], made: group.members.map((m) => m.cardId) });
        setSaid(t('grouping.said.dissolved', { title: text(group.text) }));
      });
    },
  };

  const announcer: ReactNode = (
    <p className="visually-hidden" role="status" aria-live="polite">
      {said}
    </p>
  );
  return { actions, announcer };
}

/**
 * "Group with…" on a loose card: a small list of the other items of its card list (loose cards and
 * groups), each a button; Escape closes it and gives the focus back to the opener.
 */
export function GroupWithButton({
  card,
  others,
  containerLabel,
  actions,
}: {
  card: CardCandidate;
  others: readonly VotingCandidate[];
  containerLabel: string;
  actions: SetupGroupActions;
}) {
  const { t } = useI18n();
  const id = useId();
  const [open, setOpen] = useState(false);
  const opener = useRef<HTMLButtonElement>(null);
  const panel = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (open) panel.current?.querySelector<HTMLElement>('button')?.focus();
  }, [open]);
  if (others.length === 0) return null;
  const close = (): void => {
    setOpen(false);
    opener.current?.focus();
  };
  return (
    <div className="setup-group-with">
      <button
        ref={opener}
        type="button"
        className="button button--ghost button--small"
        aria-expanded={open}
        aria-controls={`${id}-choices`}
        aria-label={t('voting.setup.groupWith', { text: shortText(card.text, 60) })}
        onClick={() => setOpen((o) => !o)}
      >
        {t('grouping.card.groupWith')}
      </button>
      {open && (
        <div
          ref={panel}
          id={`${id}-choices`}
          role="group"
          aria-label={t('voting.setup.groupWith', { text: shortText(card.text, 60) })}
          className="setup-group-with__choices"
          onKeyDown={(event) => {
            if (event.key !== 'Escape') return;
            event.preventDefault();
            event.stopPropagation();
            close();
          }}
        >
          {others.map((other) => (
            <button
              key={pickKey(other)}
              type="button"
              className="setup-group-with__choice"
              onClick={() => {
                setOpen(false);
                actions.groupWith(card, other, containerLabel);
              }}
            >
              {other.kind === 'card'
                ? t('grouping.card.groupWithCard', { text: shortText(other.text, 60) })
                : t('grouping.card.addToGroup', { title: shortText(other.text, 60), count: other.members.length })}
            </button>
          ))}
          <button type="button" className="button button--ghost button--small" onClick={close}>
            {t('common.cancel')}
          </button>
        </div>
      )}
    </div>
  );
}
