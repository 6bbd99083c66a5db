import type { Card, Persona } from '../domain/board';
import { Avatar } from './Avatar';
import { SectionTitle, Sheet } from './Sheet';
import type { ReportText } from './text';

export interface PersonaPageProps {
  persona: Persona;
  text: ReportText;
  running: string;
  /** Set on the first persona only: it opens the section. */
  section?: { number: number; count: number };
}

/** One persona per page: identity, quote, portrait and every visible section with its cards. */
export function PersonaPage({ persona, text, running, section }: PersonaPageProps) {
  const { t } = text;
  const sections = persona.sections.filter((item) => !item.hidden);
  const identity = [persona.role, persona.ageRange ? t('report.persona.age', { age: persona.ageRange }) : ''].filter(Boolean);
  return (
    <Sheet kind="portrait" running={running}>
      {section && <SectionTitle number={section.number} title={t('report.section.personas')} />}
      <div className="rp-persona">
        <header className="rp-persona__head">
          <Avatar avatar={persona.avatar} name={persona.name} className="rp-persona__avatar" />
          <div className="rp-persona__identity">
            <h2 className="rp-persona__name">{persona.name}</h2>
            {identity.length > 0 && <p className="rp-persona__role">{identity.join(' · ')}</p>}
            {persona.primary && <p className="rp-badge rp-badge--primary">{t('report.persona.primary')}</p>}
          </div>
        </header>
        {persona.quote && (
          <blockquote className="rp-persona__quote">
            <p>{persona.quote}</p>
          </blockquote>
        )}
        {persona.bio && (
          <div className="rp-persona__bio">
            <p className="rp-label">{t('report.persona.bio')}</p>
            <p>{persona.bio}</p>
          </div>
        )}
        <div className="rp-persona__sections">
          {sections.map((item) => (
            <section key={item.id} className="rp-persona__section">
              <h3 className="rp-persona__section-title">{item.title}</h3>
              {item.cards.length === 0 ? (
                <p className="rp-empty rp-empty--small">{t('report.persona.empty')}</p>
              ) : (
                <ul className="rp-notes">
                  {item.cards.map((card) => (
                    <Note key={card.id} card={card} />
                  ))}
                </ul>
              )}
            </section>
          ))}
        </div>
      </div>
    </Sheet>
  );
}

/** A card; `heat` (a revealed vote's dots on it) tints it and adds its badge, as the journey screen does. */
export function Note({ card, extra, heat }: { card: Card; extra?: string[]; heat?: { level: number; label: string } }) {
  const details = [...(extra ?? []), ...(card.author ? [card.author] : [])];
  return (
    <li
      className={`rp-note rp-note--${card.color}${card.severity ? ` rp-note--severity${card.severity}` : ''}${heat ? ` rp-note--heat rp-heat--${heat.level}` : ''}`}
    >
      <span className="rp-note__text">{card.text}</span>
      {details.length > 0 && <span className="rp-note__meta">{details.join(' · ')}</span>}
      {heat && <span className={`rp-heat__badge rp-heat__badge--${heat.level}`}>{heat.label}</span>}
    </li>
  );
}
