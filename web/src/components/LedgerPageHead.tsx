// The head of a ledger page (a broker's track record, a project): a kicker, the page's title, a line under it and
// the close button, with test ids named after the page.
import type { ReactNode } from 'react';
import { Icon } from './Icon.js';

interface LedgerPageHeadProps {
  /** Names the ids: `${page}-title`, `${page}-name`, `${page}-close`. */
  page: 'track' | 'project';
  kicker: string;
  title: string;
  closeLabel: string;
  onClose(): void;
  /** Under the title: a date, a badge. */
  children?: ReactNode;
}

export function LedgerPageHead({ page, kicker, title, closeLabel, onClose, children }: LedgerPageHeadProps) {
  return (
    <header className="ledger-page-head">
      <div>
        <span className="ledger-kicker">{kicker}</span>
        <h2 id={`${page}-title`} data-testid={`${page}-name`}>
          {title}
        </h2>
        {children}
      </div>
      <button type="button" className="icon-btn" onClick={onClose} aria-label={closeLabel} data-testid={`${page}-close`}>
        <Icon name="close" />
      </button>
    </header>
  );
}
