// The top bar: the product's name, the search that opens a node in Explore, the caller's role and token, and the
// language toggle.
import { useEffect, useRef, useState } from 'react';
import type { ApiNodeSummary } from '../core/api/types.js';
import { useApp } from './app-context.js';
import { Icon } from './Icon.js';
import { SearchBox } from './SearchBox.js';
import { errorText } from './StatusMessage.js';

function TokenPopover({ onClose }: { onClose(): void }) {
  const { t, token, setToken, me, meError } = useApp();
  const [value, setValue] = useState(token ?? '');
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && onClose();
    const onDown = (e: MouseEvent) => box.current && !box.current.contains(e.target as Node) && onClose();
    window.addEventListener('keydown', onKey);
    document.addEventListener('mousedown', onDown);
    return () => {
      window.removeEventListener('keydown', onKey);
      document.removeEventListener('mousedown', onDown);
    };
  }, [onClose]);
  return (
    <div className="popover" ref={box} role="dialog" aria-label={t('token.title')} data-testid="token-popover">
      <h3>{t('token.title')}</h3>
      <p className="muted small">{t('token.help')}</p>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          setToken(value);
          onClose();
        }}
      >
        <input type="password" autoComplete="off" value={value} placeholder={t('token.placeholder')} onChange={(e) => setValue(e.target.value)} data-testid="token-input" autoFocus />
        <div className="popover-actions">
          {token && (
            <button
              type="button"
              className="btn btn-small"
              onClick={() => {
                setToken(null);
                onClose();
              }}
            >
              {t('token.clear')}
            </button>
          )}
          <button type="submit" className="btn btn-primary btn-small" data-testid="token-save">
            {t('token.save')}
          </button>
        </div>
      </form>
      {me && <p className="small">{me.id} · {me.role}</p>}
      {meError && <p className="small error">{errorText(t, meError)}</p>}
    </div>
  );
}

export function Header() {
  const { t, lang, update, me, meError, token } = useApp();
  const [tokenOpen, setTokenOpen] = useState(false);
  const open = (node: ApiNodeSummary) =>
    update((s) => ({ ...s, view: 'explore', explore: { root: node.id }, expanded: [], selected: node.id }));
  const role = me?.role ?? 'viewer';
  const roleText = token ? (meError ? `! ${t('token.title')}` : `${t('token.using')} · ${role}`) : t('token.anonymous');

  return (
    <header className="header">
      <a className="brand" href="./">
        <svg width="30" height="30" viewBox="0 0 32 32" aria-hidden="true">
          <rect width="32" height="32" rx="7" fill="#0f766e" />
          <path d="M5 21c4-8 18-8 22 0" stroke="white" strokeWidth="2.6" fill="none" strokeLinecap="round" />
          <circle cx="6" cy="21" r="3" fill="#fde68a" />
          <circle cx="26" cy="21" r="3" fill="#fde68a" />
          <circle cx="16" cy="14.5" r="3" fill="white" />
        </svg>
        <span className="brand-text">
          <span className="brand-name">{t('app.title')}</span>
          <span className="brand-sub">{t('app.subtitle')}</span>
        </span>
      </a>
      <a className="skip-link" href="#canvas">
        {t('app.skip')}
      </a>
      <div className="header-search">
        <SearchBox label={t('search.label')} onPick={open} testId="global-search" />
      </div>
      <div className="header-actions">
        <div className="token-wrap">
          <button
            type="button"
            className={`btn btn-ghost${meError && token ? ' warn' : ''}`}
            onClick={() => setTokenOpen((v) => !v)}
            aria-expanded={tokenOpen}
            data-testid="token-button"
            data-role={role}
          >
            <Icon name="key" /> <span>{roleText}</span>
          </button>
          {tokenOpen && <TokenPopover onClose={() => setTokenOpen(false)} />}
        </div>
        <button
          type="button"
          className="btn btn-ghost lang-toggle"
          onClick={() => update((s) => ({ ...s, lang: s.lang === 'zh' ? 'en' : 'zh' }))}
          title={t('lang.switchTitle')}
          data-testid="lang-toggle"
          data-lang={lang}
        >
          <Icon name="globe" /> <span>{t('lang.switch')}</span>
        </button>
      </div>
    </header>
  );
}
