import { createContext, useContext, useMemo, type ReactNode } from 'react';
import type { Card } from '../../../shared/domain/board';
import { useI18n } from '../i18n';
import { heatLevel } from '../../../shared/domain/vote-heat';
import '../styles/card-heat.css';
import { heatByCard, heatOfCard, heatSession, type CardHeat } from './heat-map';
import { useWorkshopVoting } from './useVoting';

const HeatContext = createContext<ReadonlyMap<string, CardHeat> | null>(null);

/**
 * Gives the board the revealed votes, so pain-point cards can show them as a heat overlay. Before
 * any reveal it gives nothing: the board never hints at votes still hidden.
 */
export function VotingHeatProvider({ workshopId, children }: { workshopId: string; children: ReactNode }) {
  const voting = useWorkshopVoting(workshopId);
  const session = heatSession(voting);
  const heat = useMemo(() => heatByCard(session), [session]);
  return <HeatContext.Provider value={heat}>{children}</HeatContext.Provider>;
}

export function useCardHeat(card: Pick<Card, 'id' | 'mergedFrom'>): CardHeat | null {
  const heat = useContext(HeatContext);
  return heat ? heatOfCard(heat, card) : null;
}

/**
 * The overlay a pain-point card draws over itself once votes are revealed: a tint whose strength
 * follows the votes, and a badge with the count and rank. Nothing when the card got no item.
 */
export function CardHeatMark({ card }: { card: Pick<Card, 'id' | 'mergedFrom'> }) {
  const { tc } = useI18n();
  const heat = useCardHeat(card);
  if (!heat) return null;
  const level = heatLevel(heat);
  return (
    <>
      <span className={`card-heat card-heat--${level}`} aria-hidden="true" />
      <span className={`card-heat__badge card-heat__badge--${level}`}>
        {tc('voting.heat.badge', heat.votes, { rank: heat.rank })}
      </span>
    </>
  );
}
