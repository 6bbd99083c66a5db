import type { ReactNode } from 'react';
import { Brand } from './Brand';
import { LanguageSwitch } from './LanguageSwitch';

export function AppHeader({ children }: { children?: ReactNode }) {
  return (
    <header className="app-header">
      <Brand />
      <div className="app-header__middle">{children}</div>
      <LanguageSwitch />
    </header>
  );
}
