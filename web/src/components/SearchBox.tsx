// A search field with bilingual suggestions: debounced, cancels stale requests, keyboard navigable (arrows,
// Home/End, Enter, Escape) and announced as an ARIA combobox. Used in the header and inside every node picker.
import { useEffect, useId, useRef, useState } from 'react';
import { config } from '../config.js';
import { isAbort } from '../core/api/client.js';
import { SEARCH } from '../core/api/documents.js';
import type { ApiNodeSummary, NodeType, SearchHit } from '../core/api/types.js';
import { typeLabel } from '../core/i18n/translate.js';
import { moveActive, searchableText, suggestionView, type ListKey } from '../core/search/suggestions.js';
import { useApp } from './app-context.js';
import { Icon } from './Icon.js';
import { TypeSwatch } from './TypeSwatch.js';
import { errorText } from './StatusMessage.js';
import { toApiError } from './use-async.js';

export interface SearchBoxProps {
  onPick(node: ApiNodeSummary): void;
  placeholder?: string;
  types?: readonly NodeType[];
  label: string;
  testId?: string;
  autoFocus?: boolean;
  /** Clear the text after a pick (pickers show the chosen node instead). */
  clearOnPick?: boolean;
  compact?: boolean;
}

type Phase = { kind: 'idle' } | { kind: 'loading' } | { kind: 'done'; hits: SearchHit[] } | { kind: 'error'; message: string };

export function SearchBox({ onPick, placeholder, types, label, testId = 'search', autoFocus, clearOnPick = true, compact }: SearchBoxProps) {
  const { request, lang, t, rememberNodes } = useApp();
  const [text, setText] = useState('');
  const [phase, setPhase] = useState<Phase>({ kind: 'idle' });
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const listId = useId();
  const wrap = useRef<HTMLDivElement>(null);
  const typesKey = types?.join(',') ?? '';

  useEffect(() => {
    const query = searchableText(text);
    if (!query) {
      setPhase({ kind: 'idle' });
      return;
    }
    const ctl = new AbortController();
    setPhase({ kind: 'loading' });
    const timer = window.setTimeout(() => {
      request<{ search: SearchHit[] }>(SEARCH, { text: query, types: types?.length ? types : null, limit: config.searchLimit }, ctl.signal)
        .then((d) => {
          rememberNodes(d.search.map((h) => h.node));
          setPhase({ kind: 'done', hits: d.search });
          setActive(d.search.length ? 0 : -1);
        })
        .catch((e: unknown) => {
          if (!isAbort(e) && !ctl.signal.aborted) setPhase({ kind: 'error', message: errorText(t, toApiError(e)) });
        });
    }, config.searchDebounceMs);
    return () => {
      ctl.abort();
      window.clearTimeout(timer);
    };
    // The language is part of the request (matched text and names), so a toggle asks again; `types` is read
    // through its key so that a new array with the same types does not.
  }, [text, typesKey, lang, request]);

  useEffect(() => {
    const onDown = (e: MouseEvent) => {
      if (wrap.current && !wrap.current.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('mousedown', onDown);
    return () => document.removeEventListener('mousedown', onDown);
  }, []);

  const hits = phase.kind === 'done' ? phase.hits : [];
  const pick = (hit: SearchHit | undefined) => {
    if (!hit) return;
    onPick(hit.node);
    setOpen(false);
    if (clearOnPick) setText('');
  };

  const onKeyDown = (e: React.KeyboardEvent<HTMLInputElement>) => {
    if (['ArrowDown', 'ArrowUp', 'PageDown', 'PageUp'].includes(e.key) || (open && ['Home', 'End'].includes(e.key) && hits.length)) {
      e.preventDefault();
      setOpen(true);
      setActive((a) => moveActive(a, hits.length, e.key as ListKey));
    } else if (e.key === 'Enter') {
      e.preventDefault();
      if (open) pick(hits[active] ?? hits[0]);
    } else if (e.key === 'Escape') {
      if (open) {
        e.preventDefault();
        setOpen(false);
      } else setText('');
    }
  };

  const showList = open && phase.kind !== 'idle';
  const activeId = showList && active >= 0 && hits[active] ? `${listId}-${active}` : undefined;

  return (
    <div className={`searchbox${compact ? ' compact' : ''}`} ref={wrap} data-testid={testId}>
      <Icon name="search" />
      <input
        type="search"
        role="combobox"
        aria-label={label}
        aria-expanded={showList}
        aria-controls={listId}
        aria-activedescendant={activeId}
        aria-autocomplete="list"
        autoComplete="off"
        spellCheck={false}
        placeholder={placeholder ?? t('search.placeholder')}
        value={text}
        autoFocus={autoFocus}
        onChange={(e) => {
          setText(e.target.value);
          setOpen(true);
        }}
        onFocus={() => text && setOpen(true)}
        onKeyDown={onKeyDown}
        data-testid={`${testId}-input`}
      />
      {showList && (
        <div className="suggestions" data-testid={`${testId}-suggestions`}>
          {phase.kind === 'loading' && <div className="suggestion-note">{t('search.loading')}</div>}
          {phase.kind === 'error' && (
            <div className="suggestion-note error" role="alert">
              {phase.message}
            </div>
          )}
          {phase.kind === 'done' && hits.length === 0 && <div className="suggestion-note">{t('search.none', { text: text.trim() })}</div>}
          <ul role="listbox" id={listId} aria-label={label}>
            {hits.map((hit, i) => {
              const v = suggestionView(hit, lang);
              return (
                <li
                  key={hit.node.id}
                  id={`${listId}-${i}`}
                  role="option"
                  aria-selected={i === active}
                  className={i === active ? 'active' : undefined}
                  onMouseEnter={() => setActive(i)}
                  onMouseDown={(e) => e.preventDefault()}
                  onClick={() => pick(hit)}
                  data-testid="suggestion"
                  data-id={hit.node.id}
                >
                  <TypeSwatch type={hit.node.type} />
                  <span className="suggestion-text">
                    <span className="primary">{v.primary}</span>
                    {v.secondary && <span className="secondary">{v.secondary}</span>}
                    {v.matched && <span className="matched">{t('search.matched', { text: v.matched })}</span>}
                  </span>
                  <span className="type-tag">{typeLabel(lang, hit.node.type)}</span>
                </li>
              );
            })}
          </ul>
          {hits.length > 0 && <div className="suggestion-hint">{t('search.hint')}</div>}
        </div>
      )}
    </div>
  );
}
