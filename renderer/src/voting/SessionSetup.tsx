import { useId, useMemo, useState, type FormEvent } from 'react';
import {
  DEFAULT_VOTING_RULES,
  MAX_ITEM_TEXT,
  MAX_VOTING_ITEMS,
  type GroupCandidate,
  type VotingCandidate,
  type VotingRules,
} from '../../../shared/domain/voting';
import type { Workshop } from '../../../shared/domain/workshop';
import { useFollowed } from '../useFollowed';
import { useAppState } from '../app-state';
import { PlusIcon } from '../components/icons';
import { useI18n } from '../i18n';
import { RulesFields } from './RulesFields';

interface CandidateGroup {
  key: string;
  title: string;
  cards: VotingCandidate[];
}

/** How the form tells candidates apart: a card by its id, a group by its own (ids never collide, the prefix keeps it plain). */
function pickKey(c: VotingCandidate): string {
  return c.kind === 'card' ? c.cardId : `group:${c.groupId}`;
}

/** Pain points by journey map and stage, then frustrations by persona, in board order (a group where its cards sit). */
function groupCandidates(candidates: readonly VotingCandidate[], t: ReturnType<typeof useI18n>['t']): CandidateGroup[] {
  const groups = new Map<string, CandidateGroup>();
  for (const c of candidates) {
    const key = c.list === 'painPoint' ? `map:${c.mapId}:${c.stageId}` : `persona:${c.personaId}`;
    const title =
      c.list === 'painPoint'
        ? [c.mapTitle, c.stageTitle].filter(Boolean).join(' · ')
        : t('voting.setup.frustrationsOf', { name: c.personaName ?? '' });
    const group = groups.get(key) ?? { key, title, cards: [] };
    group.cards.push(c);
    groups.set(key, group);
  }
  return [...groups.values()];
}

/** Cards written on the board while this form is open become candidates at once. */
function useCandidates(workshopId: string): VotingCandidate[] | null {
  const { api } = useAppState();
  const followed = useFollowed<VotingCandidate[]>(workshopId, {
    read: () => api.votingCandidates({ workshopId }),
    react: (event) => (event.type === 'boardChanged' && event.payload.workshopId === workshopId ? { kind: 'read' } : undefined),
  });
  return followed.value ?? (followed.error ? [] : null);
}

/**
 * A new vote: pick items among the board's pain points and frustrations, type more on the spot,
 * set the rules. Main copies the cards' text, so later edits on the board do not change a vote.
 */
export function SessionSetup({ workshop, onCreated, onCancel }: { workshop: Workshop; onCreated: (id: string) => void; onCancel?: () => void }) {
  const { api, run } = useAppState();
  const { t } = useI18n();
  const formId = useId();
  const candidates = useCandidates(workshop.id);
  const groups = useMemo(() => groupCandidates(candidates ?? [], t), [candidates, t]);
  const [picked, setPicked] = useState<Set<string> | null>(null);
  const [typed, setTyped] = useState<string[]>([]);
  const [draft, setDraft] = useState('');
  const [title, setTitle] = useState('');
  const [rules, setRules] = useState<VotingRules>(DEFAULT_VOTING_RULES);
  const [stayOut, setStayOut] = useState(true);
  const [busy, setBusy] = useState(false);

  // Pain points are what a vote is usually about: start with them all picked, frustrations not.
  const chosen = picked ?? new Set((candidates ?? []).filter((c) => c.list === 'painPoint').map(pickKey));
  const count = chosen.size + typed.length;

  const toggle = (key: string, on: boolean): void => {
    const next = new Set(chosen);
    if (on) next.add(key);
    else next.delete(key);
    setPicked(next);
  };
  const addTyped = (): void => {
    const text = draft.trim();
    if (!text) return;
    setTyped((list) => [...list, text]);
    setDraft('');
  };

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    if (count === 0 || busy) return;
    setBusy(true);
    const picks = (candidates ?? []).filter((c) => chosen.has(pickKey(c)));
    const cardIds = picks.flatMap((c) => (c.kind === 'card' ? [c.cardId] : []));
    const groupIds = picks.flatMap((c) => (c.kind === 'group' ? [c.groupId] : []));
    const session = await run(
      api.votingSessionCreate({ workshopId: workshop.id, title: title.trim() || undefined, cardIds, groupIds, typedItems: typed, rules }),
    );
    if (session && !stayOut) {
      const name = workshop.facilitator.trim() || t('voting.setup.facilitatorName');
      await run(api.votingVoterAdd({ sessionId: session.id, name, kind: 'proxy' }));
    }
    setBusy(false);
    if (session) onCreated(session.id);
  };

  return (
    <form className="voting-setup" aria-labelledby={`${formId}-title`} onSubmit={(event) => void submit(event)}>
      <header className="voting-setup__head">
        <h3 id={`${formId}-title`}>{t('voting.setup.title')}</h3>
        <p className="muted">{t('voting.setup.intro')}</p>
      </header>

      <label className="field">
        <span className="field__label">{t('voting.setup.name')}</span>
        <input className="input" value={title} maxLength={120} placeholder={t('voting.setup.namePlaceholder')} onChange={(e) => setTitle(e.target.value)} />
      </label>

      <fieldset className="voting-setup__block">
        <legend className="voting-setup__legend">{t('voting.setup.fromBoard')}</legend>
        {candidates === null ? (
          <p className="muted">{t('voting.loading')}</p>
        ) : groups.length === 0 ? (
          <p className="voting-empty">{t('voting.setup.noCandidates')}</p>
        ) : (
          <>
            <div className="voting-setup__bulk">
              <button type="button" className="button button--ghost" onClick={() => setPicked(new Set(candidates.map(pickKey)))}>
                {t('voting.setup.pickAll')}
              </button>
              <button type="button" className="button button--ghost" onClick={() => setPicked(new Set())}>
                {t('voting.setup.pickNone')}
              </button>
            </div>
            <div className="candidate-groups">
              {groups.map((group) => (
                <fieldset key={group.key} className="candidate-group">
                  <legend className="candidate-group__title">{group.title}</legend>
                  {group.cards.map((c) =>
                    c.kind === 'card' ? (
                      <label key={pickKey(c)} className="candidate">
                        <input type="checkbox" checked={chosen.has(c.cardId)} onChange={(e) => toggle(c.cardId, e.target.checked)} />
                        <span>{c.text}</span>
                      </label>
                    ) : (
                      <GroupCandidateChoice key={pickKey(c)} candidate={c} checked={chosen.has(pickKey(c))} onChange={(on) => toggle(pickKey(c), on)} />
                    ),
                  )}
                </fieldset>
              ))}
            </div>
          </>
        )}
      </fieldset>

      <fieldset className="voting-setup__block">
        <legend className="voting-setup__legend">{t('voting.setup.typed')}</legend>
        {typed.length > 0 && (
          <ul className="typed-items">
            {typed.map((text, index) => (
              <li key={`${index}-${text}`} className="typed-item">
                <span>{text}</span>
                <button
                  type="button"
                  className="button button--ghost button--icon"
                  aria-label={t('voting.setup.removeTyped', { text })}
                  onClick={() => setTyped((list) => list.filter((_, i) => i !== index))}
                >
                  <span aria-hidden="true">×</span>
                </button>
              </li>
            ))}
          </ul>
        )}
        <div className="inline-form">
          <label className="field">
            <span className="field__label">{t('voting.setup.typedLabel')}</span>
            <input
              className="input"
              value={draft}
              maxLength={MAX_ITEM_TEXT}
              onChange={(e) => setDraft(e.target.value)}
              onKeyDown={(e) => {
                if (e.key === 'Enter') {
                  e.preventDefault();
                  addTyped();
                }
              }}
            />
          </label>
          <button type="button" className="button" onClick={addTyped} disabled={!draft.trim()}>
            <PlusIcon />
            {t('voting.setup.addTyped')}
          </button>
        </div>
      </fieldset>

      <fieldset className="voting-setup__block">
        <legend className="voting-setup__legend">{t('voting.rules.title')}</legend>
        <RulesFields rules={rules} onChange={setRules} />
        <label className="check">
          <input type="checkbox" checked={stayOut} onChange={(e) => setStayOut(e.target.checked)} />
          <span>{t('voting.setup.stayOut')}</span>
        </label>
      </fieldset>

      <footer className="voting-setup__foot">
        <p className="muted" aria-live="polite">
          {count > MAX_VOTING_ITEMS ? t('voting.setup.tooMany', { max: MAX_VOTING_ITEMS }) : t(count === 1 ? 'voting.setup.countOne' : 'voting.setup.count', { count })}
        </p>
        {onCancel && (
          <button type="button" className="button" onClick={onCancel}>
            {t('common.cancel')}
          </button>
        )}
        <button type="submit" className="button button--primary" disabled={count === 0 || count > MAX_VOTING_ITEMS || busy}>
          {t('voting.setup.create')}
        </button>
      </footer>
    </form>
  );
}

/** A group offered as one item: its title to tick, and its cards listed beneath (they are not offered on their own). */
function GroupCandidateChoice({ candidate, checked, onChange }: { candidate: GroupCandidate; checked: boolean; onChange: (on: boolean) => void }) {
  const { t } = useI18n();
  const id = useId();
  return (
    <div className="candidate candidate--group">
      <input id={id} type="checkbox" checked={checked} aria-describedby={`${id}-members`} onChange={(e) => onChange(e.target.checked)} />
      <div className="candidate__group">
        <label htmlFor={id} className="candidate__group-title">
          {candidate.text}
          <span className="candidate__group-count">{t(candidate.members.length === 1 ? 'voting.groupItem.countOne' : 'voting.groupItem.count', { count: candidate.members.length })}</span>
        </label>
        <ul id={`${id}-members`} className="group-members" aria-label={t('voting.groupItem.members')}>
          {candidate.members.map((m) => (
            <li key={m.cardId}>{m.text}</li>
          ))}
        </ul>
      </div>
    </div>
  );
}
