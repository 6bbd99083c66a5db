import { useMemo, useLayoutEffect, useRef } from 'react';
import type { Card, CardColor, CardContainer, LaneKind, MeasureType } from '../../../shared/domain/board';
import { useAppState } from '../app-state';

export interface CardPatch {
  text?: string;
  color?: CardColor;
  severity?: 1 | 2 | 3 | null;
  momentOfTruthId?: string | null;
  measureType?: MeasureType | null;
}

/** What a card can ask of its board; one stable object per board so memoised cards never re-render for it. */
export interface CardActions {
  create: (containerKey: string, text: string) => Promise<boolean>;
  update: (cardId: string, patch: CardPatch) => void;
  remove: (card: Card) => void;
}

/** What kind of card a container holds: persona cards, or the journey lane's kind. */
export type CardKind = 'persona' | LaneKind;

export function useCardActions(
  workshopId: string,
  containerOf: (key: string) => CardContainer | null,
  onDeleted: (card: Card) => void,
): CardActions {
  const { api, run } = useAppState();
  const latest = useRef({ containerOf, onDeleted });
  useLayoutEffect(() => {
    latest.current = { containerOf, onDeleted };
  });
  return useMemo<CardActions>(
    () => ({
      create: async (containerKey, text) => {
        const container = latest.current.containerOf(containerKey);
        if (!container) return false;
        return (await run(api.cardCreate({ workshopId, container, text }))) !== undefined;
      },
      update: (cardId, patch) => void run(api.cardUpdate({ cardId, patch })),
      remove: (card) =>
        void run(api.cardDelete({ cardId: card.id })).then((board) => {
          if (board) latest.current.onDeleted(card);
        }),
    }),
    [api, run, workshopId],
  );
}

