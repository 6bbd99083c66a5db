import { PlusIcon } from '../components/icons';

/** A board with nothing on it yet: what it would hold, and the button that starts one. */
export function BoardEmpty({ title, body, action, onAction }: { title: string; body: string; action: string; onAction: () => void }) {
  return (
    <div className="board-empty panel">
      <h2>{title}</h2>
      <p className="muted">{body}</p>
      <button type="button" className="button button--primary" onClick={onAction}>
        <PlusIcon />
        {action}
      </button>
    </div>
  );
}
