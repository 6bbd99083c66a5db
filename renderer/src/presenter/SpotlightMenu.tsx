import { useEffect, useRef, type CSSProperties } from 'react';

export interface SpotlightItem {
  label: string;
  onSelect: () => void;
  /** Set for the choices of what is projected: whether it is the one shown. */
  checked?: boolean;
  disabled?: boolean;
}

/**
 * A menu of spotlight choices (a button's, or the board's right-click menu): arrow keys move,
 * Enter chooses, Escape or a click elsewhere closes and gives focus back.
 */
export function SpotlightMenu({ label, items, onClose, style }: { label: string; items: SpotlightItem[]; onClose: () => void; style?: CSSProperties }) {
  const list = useRef<HTMLUListElement>(null);

  useEffect(() => {
    const returnTo = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    list.current?.querySelector<HTMLElement>('[role^="menuitem"]:not([aria-disabled="true"])')?.focus();
    const onDown = (event: MouseEvent): void => {
      if (!list.current?.contains(event.target as Node)) onClose();
    };
    document.addEventListener('mousedown', onDown);
    return () => {
      document.removeEventListener('mousedown', onDown);
      if (returnTo?.isConnected) returnTo.focus();
    };
  }, [onClose]);

  const move = (by: number): void => {
    const all = [...(list.current?.querySelectorAll<HTMLElement>('[role^="menuitem"]:not([aria-disabled="true"])') ?? [])];
    const at = all.indexOf(document.activeElement as HTMLElement);
    all[(at + by + all.length) % all.length]?.focus();
  };

  return (
    <ul
      ref={list}
      role="menu"
      aria-label={label}
      className="spotlight-menu"
      style={style}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.stopPropagation();
          onClose();
        } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
          event.preventDefault();
          event.stopPropagation();
          move(event.key === 'ArrowDown' ? 1 : -1);
        }
      }}
    >
      {items.map((item) => (
        <li key={item.label} role="none">
          <button
            type="button"
            role={item.checked === undefined ? 'menuitem' : 'menuitemradio'}
            aria-checked={item.checked}
            aria-disabled={item.disabled || undefined}
            className={item.checked ? 'spotlight-menu__item is-checked' : 'spotlight-menu__item'}
            onClick={() => {
              if (item.disabled) return;
              onClose();
              item.onSelect();
            }}
          >
            {item.label}
          </button>
        </li>
      ))}
    </ul>
  );
}
