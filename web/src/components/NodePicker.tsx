// Choosing a node for a form (a firm, a lab, a region...): a search restricted to the right types, then the chosen
// node shown as a chip that can be cleared. Only the id lives in the URL; the name is looked up when needed.
import { useEffect, useRef, useState } from 'react';
import { NODE_BY_ID } from '../core/api/documents.js';
import type { ApiNode, ApiNodeSummary, NodeType } from '../core/api/types.js';
import { displayName, typeLabel } from '../core/i18n/translate.js';
import { useApp } from './app-context.js';
import { Icon } from './Icon.js';
import { SearchBox } from './SearchBox.js';
import { TypeSwatch } from './TypeSwatch.js';

/** The node for an id: from what the app has already seen, else asked of the API. */
export function useNode(id: string | null): { node: ApiNodeSummary | null; missing: boolean } {
  const { knownNode, request, rememberNodes } = useApp();
  const [node, setNode] = useState<ApiNodeSummary | null>(() => (id ? (knownNode(id) ?? null) : null));
  const [missing, setMissing] = useState(false);
  useEffect(() => {
    setMissing(false);
    if (!id) {
      setNode(null);
      return;
    }
    const known = knownNode(id);
    if (known) {
      setNode(known);
      return;
    }
    setNode(null);
    const ctl = new AbortController();
    request<{ node: ApiNode | null }>(NODE_BY_ID, { id }, ctl.signal)
      .then((d) => {
        if (d.node) {
          rememberNodes([d.node]);
          setNode(d.node);
        } else setMissing(true);
      })
      .catch(() => !ctl.signal.aborted && setMissing(true));
    return () => ctl.abort();
  }, [id, knownNode, request, rememberNodes]);
  return { node, missing };
}

export function NodeChip({ id, onClear, testId, focusOnMount }: { id: string; onClear?: () => void; testId?: string; focusOnMount?: boolean }) {
  const { lang, t } = useApp();
  const { node, missing } = useNode(id);
  const clear = useRef<HTMLButtonElement>(null);
  // After a pick from the keyboard the search field is gone: the focus goes to the chip, not back to the page top.
  useEffect(() => {
    if (focusOnMount) clear.current?.focus();
  }, [focusOnMount]);
  const name = node ? displayName(node, lang) : missing ? id : '…';
  return (
    <span className={`chip${missing ? ' chip-missing' : ''}`} data-testid={testId ?? 'node-chip'} data-id={id} title={node ? `${typeLabel(lang, node.type)} · ${id}` : id}>
      {node && <TypeSwatch type={node.type} size={12} />}
      <span className="chip-text">{name}</span>
      {onClear && (
        <button type="button" className="chip-clear" onClick={onClear} aria-label={t('common.remove', { name })} ref={clear}>
          <Icon name="close" size={12} />
        </button>
      )}
    </span>
  );
}

export interface NodePickerProps {
  label: string;
  value: string | null;
  onChange(id: string | null): void;
  types?: readonly NodeType[];
  testId: string;
}

export function NodePicker({ label, value, onChange, types, testId }: NodePickerProps) {
  const { t } = useApp();
  // Whether the user just picked or cleared here, so the focus follows to what replaces the field they used.
  const [moved, setMoved] = useState<'picked' | 'cleared' | null>(null);
  return (
    <div className="field" data-testid={testId}>
      <span className="field-label">{label}</span>
      {value ? (
        <NodeChip
          id={value}
          onClear={() => {
            setMoved('cleared');
            onChange(null);
          }}
          testId={`${testId}-chip`}
          focusOnMount={moved === 'picked'}
        />
      ) : (
        <SearchBox
          label={label}
          types={types}
          placeholder={t('search.pickPlaceholder')}
          onPick={(n) => {
            setMoved('picked');
            onChange(n.id);
          }}
          testId={`${testId}-search`}
          compact
          autoFocus={moved === 'cleared'}
        />
      )}
    </div>
  );
}

export function MultiNodePicker({ label, values, onChange, types, testId }: { label: string; values: string[]; onChange(ids: string[]): void; types?: readonly NodeType[]; testId: string }) {
  const { t } = useApp();
  return (
    <div className="field" data-testid={testId}>
      <span className="field-label">{label}</span>
      {values.length > 0 && (
        <div className="chips">
          {values.map((id) => (
            <NodeChip key={id} id={id} onClear={() => onChange(values.filter((v) => v !== id))} />
          ))}
        </div>
      )}
      <SearchBox
        label={label}
        types={types}
        placeholder={t('search.pickPlaceholder')}
        onPick={(n) => !values.includes(n.id) && onChange([...values, n.id])}
        testId={`${testId}-search`}
        compact
      />
    </div>
  );
}
