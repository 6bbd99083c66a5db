import type { VotingCandidate, VotingItem, VotingPhase } from '../../../shared/domain/voting';
import type { I18n } from '../i18n';

type Origin = Pick<VotingItem | VotingCandidate, 'source' | 'mapTitle' | 'stageTitle' | 'personaName'>;

/** Where an item comes from, in a few words: "Journey map · Purchase", "Persona: Léa", "Added on the spot" (a group: where its cards are). */
export function itemOrigin(item: Origin, t: I18n['t']): string {
  switch (item.source) {
    case 'group':
      if (item.mapTitle === null && item.personaName !== null) return t('voting.origin.persona', { name: item.personaName });
      return [item.mapTitle, item.stageTitle].filter(Boolean).join(' · ');
    case 'painPoint':
      return [item.mapTitle, item.stageTitle].filter(Boolean).join(' · ');
    case 'frustration':
      return item.personaName ? t('voting.origin.persona', { name: item.personaName }) : t('voting.origin.frustration');
    case 'typed':
      return t('voting.origin.typed');
  }
}

export const PHASE_ORDER: readonly VotingPhase[] = ['setup', 'open', 'closed', 'revealed'];

/**
 * "7 of 12 have voted". Without anyone still expected (laptop and proxy voters count only once
 * they vote) "of 7" says nothing: just "7 have voted".
 */
export function votedLabel({ t, tc }: Pick<I18n, 't' | 'tc'>, voted: number, total: number): string {
  if (total <= voted && voted === 0) return t('voting.voted.none');
  if (total <= voted) return tc('voting.voted.noTotal', voted);
  return tc('voting.voted', voted, { total });
}

export function votesLabel(tc: I18n['tc'], votes: number): string {
  return tc('voting.votes', votes);
}
