import { useId, useState, type FormEvent } from 'react';
import { dotsUsed, type DotCounts, type VotingSessionView } from '../../../shared/domain/voting';
import type { Workshop } from '../../../shared/domain/workshop';
import { useAppState } from '../app-state';
import { useI18n } from '../i18n';
import { DotPicker, DotsLeft, toBallot } from './DotPicker';
import { VoterNameField } from './VoterNameField';

/**
 * Dots entered by the facilitator for a named person without a phone. Same caps as everyone (here
 * and in main); the same name again replaces that person's dots.
 */
export function ProxyVote({ session, workshop }: { session: VotingSessionView; workshop: Workshop }) {
  const { api, run } = useAppState();
  const { t } = useI18n();
  const id = useId();
  const [name, setName] = useState('');
  const [dots, setDots] = useState<DotCounts>({});
  const [done, setDone] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const suggestions = [...new Set([...session.notVotedNames, ...workshop.participants])];
  const ready = name.trim() !== '' && dotsUsed(dots) > 0 && !busy;

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    if (!ready) return;
    setBusy(true);
    const who = name.trim();
    const saved = await run(api.votingProxyBallot({ sessionId: session.id, name: who, dots: toBallot(session.items, dots) }));
    setBusy(false);
    if (!saved) return;
    setDone(who);
    setName('');
    setDots({});
  };

  return (
    <form className="proxy panel" aria-labelledby={`${id}-title`} onSubmit={(event) => void submit(event)}>
      <h3 id={`${id}-title`} className="voting-subtitle">
        {t('voting.proxy.title')}
      </h3>
      <p className="muted proxy__intro">{t('voting.proxy.intro')}</p>
      <VoterNameField
        label={t('voting.proxy.name')}
        value={name}
        names={suggestions}
        onChange={(next) => {
          setName(next);
          setDone(null);
        }}
      />
      <DotsLeft rules={session.rules} dots={dots} className="proxy__left" />
      <DotPicker items={session.items} rules={session.rules} dots={dots} onChange={setDots} size="compact" label={t('voting.proxy.items')} />
      <div className="proxy__foot">
        {done && (
          <p className="proxy__done" role="status">
            {t('voting.proxy.done', { name: done })}
          </p>
        )}
        <button type="submit" className="button button--primary" disabled={!ready}>
          {name.trim() ? t('voting.proxy.submitFor', { name: name.trim() }) : t('voting.proxy.submit')}
        </button>
      </div>
    </form>
  );
}
