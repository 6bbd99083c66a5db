import { useId, useState, type FormEvent } from 'react';
import {
  DEFAULT_VOTING_RULES,
  MAX_ITEM_TEXT,
  MAX_VOTING_ITEMS,
  type VotingCandidate,
  type VotingRules,
} from '../../../shared/domain/voting';
import type { Workshop } from '../../../shared/domain/workshop';
import { useFollowed } from '../useFollowed';
import { useAppState } from '../app-state';
import { PlusIcon } from '../components/icons';
import { useI18n } from '../i18n';
import { SuggestGroupsProvider } from '../suggest/SuggestGroups';
import { CandidateLists } from './CandidateLists';
import { RulesFields } from './RulesFields';
import { pickKey, useSetupGrouping, type Regrouped } from './SetupGrouping';

/** Cards written on the board, and groups made or undone there or here, reach this form at once. */
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
  const { t, tc } = useI18n();
  const formId = useId();
  const candidates = useCandidates(workshop.id);
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

  // A pick follows its cards: grouping picked cards picks the group, dissolving a picked group picks
  // its cards (untouched, the default picks every pain point, as it stands now).
  const regrouped = ({ gone, made }: Regrouped): void => {
    setPicked((current) => {
      if (current === null || !gone.some((key) => current.has(key))) return current;
      const next = new Set(current);
      for (const key of gone) next.delete(key);
      for (const key of made) next.add(key);
      return next;
    });
  };
  const { actions, announcer } = useSetupGrouping(workshop.id, candidates, regrouped);

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
    <SuggestGroupsProvider workshopId={workshop.id}>
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
        ) : candidates.length === 0 ? (
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
            <CandidateLists candidates={candidates} chosen={chosen} onToggle={toggle} actions={actions} />
          </>
        )}
      </fieldset>

      <fieldset className="voting-setup__block">
        <legend className="voting-setup__legend">{t('voting.setup.typed')}</legend>
        {typed.length > 0 && (
          <ul className="plain-list stack typed-items">
            {typed.map((text, index) => (
              <li key={`${index}-${text}`} className="row row--spread typed-item">
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
        <label className="check-row check">
          <input type="checkbox" checked={stayOut} onChange={(e) => setStayOut(e.target.checked)} />
          <span>{t('voting.setup.stayOut')}</span>
        </label>
      </fieldset>

      <footer className="row voting-setup__foot">
        <p className="muted" aria-live="polite">
          {count > MAX_VOTING_ITEMS ? t('voting.setup.tooMany', { max: MAX_VOTING_ITEMS }) : tc('voting.setup.count', count)}
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
      {announcer}
    </form>
    </SuggestGroupsProvider>
  );
}
