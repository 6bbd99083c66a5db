import { useId } from 'react';
import { containerKey } from '../../../shared/domain/card-location';
import type { GroupCandidate, VotingCandidate } from '../../../shared/domain/voting';
import { SuggestGroupsButton, type SuggestCard } from '../suggest/SuggestGroups';
import { shortText } from '../format';
import { useI18n } from '../i18n';
import { translateCount } from '../../../shared/i18n/plural';
import { GroupWithButton, pickKey, type SetupGroupActions } from './SetupGrouping';

interface CandidateList {
  key: string;
  title: string;
  items: VotingCandidate[];
}

/** Pain points by journey map, stage and lane, then frustrations by persona, in board order: one box per card list. */
function byCardList(candidates: readonly VotingCandidate[], t: ReturnType<typeof useI18n>['t']): CandidateList[] {
  const lists = new Map<string, CandidateList>();
  for (const c of candidates) {
    const key = containerKey(c.container);
    const title =
      c.list === 'painPoint' ? [c.mapTitle, c.stageTitle].filter(Boolean).join(' · ') : t('voting.setup.frustrationsOf', { name: c.personaName ?? '' });
    const list = lists.get(key) ?? { key, title, items: [] };
    list.items.push(c);
    lists.set(key, list);
  }
  return [...lists.values()];
}

/** The cards of a list as the suggestions read them: loose cards, and each group's cards marked grouped. */
function suggestCards(items: readonly VotingCandidate[]): SuggestCard[] {
  return items.flatMap((c): SuggestCard[] =>
    c.kind === 'card' ? [{ id: c.cardId, text: c.text, groupId: null }] : c.members.map((m) => ({ id: m.cardId, text: m.text, groupId: c.groupId })),
  );
}

/**
 * The board's candidates, one box per card list: tick what goes to the vote, and group right here
 * (a loose card with another or into a group, a card out of its group, a group dissolved, groups
 * suggested for the list), each an undoable board edit that the list then shows.
 */
export function CandidateLists({
  candidates,
  chosen,
  onToggle,
  actions,
}: {
  candidates: readonly VotingCandidate[];
  chosen: ReadonlySet<string>;
  onToggle: (key: string, on: boolean) => void;
  actions: SetupGroupActions;
}) {
  const { t } = useI18n();
  return (
    <div className="candidate-groups">
      {byCardList(candidates, t).map((list) => {
        const first = list.items[0];
        return (
          <fieldset key={list.key} className="candidate-group">
            <legend className="candidate-group__title">{list.title}</legend>
            {list.items.map((c) =>
              c.kind === 'card' ? (
                <div key={pickKey(c)} className="candidate-row">
                  <label className="check-row candidate">
                    <input type="checkbox" data-pick-key={pickKey(c)} checked={chosen.has(c.cardId)} onChange={(e) => onToggle(c.cardId, e.target.checked)} />
                    <span>{c.text}</span>
                  </label>
                  <GroupWithButton card={c} others={list.items.filter((o) => o !== c)} containerLabel={list.title} actions={actions} />
                </div>
              ) : (
                <GroupCandidateChoice key={pickKey(c)} candidate={c} checked={chosen.has(pickKey(c))} onChange={(on) => onToggle(pickKey(c), on)} actions={actions} />
              ),
            )}
            {first && (
              <div className="candidate-group__suggest">
                <SuggestGroupsButton target={{ container: first.container, label: list.title, cards: suggestCards(list.items) }} />
              </div>
            )}
          </fieldset>
        );
      })}
    </div>
  );
}

/** A group offered as one item: its title to tick, its cards listed beneath (not offered on their own), each can be taken out; or it is dissolved. */
function GroupCandidateChoice({
  candidate,
  checked,
  onChange,
  actions,
}: {
  candidate: GroupCandidate;
  checked: boolean;
  onChange: (on: boolean) => void;
  actions: SetupGroupActions;
}) {
  const { t, lang } = useI18n();
  const id = useId();
  const title = shortText(candidate.text, 60);
  return (
    <div className="check-row candidate candidate--group">
      <input
        id={id}
        type="checkbox"
        data-pick-key={pickKey(candidate)}
        checked={checked}
        aria-describedby={`${id}-said`}
        onChange={(e) => onChange(e.target.checked)}
      />
      <div className="candidate__group">
        <label htmlFor={id} className="candidate__group-title">
          {candidate.text}
          <span className="candidate__group-count">{translateCount(lang, 'voting.groupItem.count', candidate.members.length)}</span>
        </label>
        {/* The checkbox is described by its cards' texts alone, not by the buttons beside them. */}
        <span id={`${id}-said`} className="visually-hidden">
          {candidate.members.map((m) => m.text).join(', ')}
        </span>
        <ul className="group-members" aria-label={t('voting.groupItem.members')}>
          {candidate.members.map((m) => (
            <li key={m.cardId} className="group-members__member">
              <span className="group-members__text">{m.text}</span>
              <button
                type="button"
                className="button button--ghost button--small"
                aria-label={t('voting.setup.takeOut', { text: shortText(m.text, 60), title })}
                onClick={() => actions.takeOut(candidate, m.cardId)}
              >
                {t('voting.setup.takeOutShort')}
              </button>
            </li>
          ))}
        </ul>
        <button
          type="button"
          className="button button--ghost button--small candidate__dissolve"
          aria-label={t('voting.setup.dissolve', { title })}
          onClick={() => actions.dissolve(candidate)}
        >
          {t('voting.setup.dissolveShort')}
        </button>
      </div>
    </div>
  );
}
