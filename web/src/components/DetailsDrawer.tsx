// The right-hand drawer for the selected node: who or what it is, its key facts, every affiliation with dates,
// pool / competition / project lists, its properties (personal fields shown as masked when the caller may not see
// them), and its neighbours grouped by tie, each a link that opens that neighbour on the canvas.
import { useState } from 'react';
import { config } from '../config.js';
import { NEIGHBOURHOOD, NODE_BY_ID } from '../core/api/documents.js';
import type { ApiNode, ApiNodeSummary, Subgraph } from '../core/api/types.js';
import { affiliations, dateRange, factLists, isAnonymous, keyFacts, neighbourGroups, propertyRows, tiesOf, type Tie } from '../core/details/details-model.js';
import { todayIso } from '../core/graph/elements.js';
import { displayName, joinList, otherName, relLabel, roleLabel, typeLabel } from '../core/i18n/translate.js';
import { roleLabels } from '../core/graph/elements.js';
import { useApp } from './app-context.js';
import { useExpansion } from './expansion-context.js';
import { EditPanel } from './EditPanel.js';
import { Icon } from './Icon.js';
import { LedgerLinks } from './LedgerParts.js';
import { ErrorMessage, Loading } from './StatusMessage.js';
import { TypeSwatch } from './TypeSwatch.js';
import { useAsync } from './use-async.js';
import { RegionPageLink } from './RegionPageLink.js';

interface DetailsData {
  node: ApiNode | null;
  neighbourhood: Subgraph | null;
}

const GROUP_PREVIEW = 8;

function NodeLink({ node, note }: { node: ApiNodeSummary; note?: string | null }) {
  const { lang, t } = useApp();
  const { openNode } = useExpansion();
  const name = displayName(node, lang);
  return (
    <button type="button" className="node-link" onClick={() => void openNode(node.id)} title={t('details.open', { name })} data-testid="neighbour-link" data-id={node.id}>
      <TypeSwatch type={node.type} size={12} />
      <span className="node-link-name">{name}</span>
      {node.illustrative && <span className="badge badge-illustrative small" title={t('details.illustrativeHint')}>{t('details.illustrative')}</span>}
      {note && <span className="node-link-note">{note}</span>}
    </button>
  );
}

function NeighbourGroup({ relType, outgoing, items }: { relType: string; outgoing: boolean; items: Tie[] }) {
  const { lang, t } = useApp();
  const [all, setAll] = useState(false);
  const shown = all ? items : items.slice(0, GROUP_PREVIEW);
  return (
    <div className="neighbour-group">
      <h4>
        {outgoing ? '→' : '←'} {relLabel(lang, relType)} <span className="count">{items.length}</span>
      </h4>
      <ul>
        {shown.map((tie) => (
          <li key={tie.rel.id}>
            <NodeLink node={tie.other} />
          </li>
        ))}
      </ul>
      {items.length > GROUP_PREVIEW && !all && (
        <button type="button" className="link-btn" onClick={() => setAll(true)}>
          {t('details.more', { n: items.length - GROUP_PREVIEW })}
        </button>
      )}
    </div>
  );
}

export function DetailsDrawer() {
  const { state, update, request, lang, t, me, rememberNodes, canvas } = useApp();
  const { expand, busy } = useExpansion();
  const id = state.selected;
  const key = id ? `${id}|${me?.role ?? 'viewer'}|${lang}` : null;
  const details = useAsync<DetailsData>(key, async (signal) => {
    const [n, sub] = await Promise.all([
      request<{ node: ApiNode | null }>(NODE_BY_ID, { id }, signal),
      request<{ neighbourhood: Subgraph }>(NEIGHBOURHOOD, { id, depth: 1, limitPerType: config.detailsLimitPerType }, signal).catch(() => null),
    ]);
    if (sub) rememberNodes(sub.neighbourhood.nodes);
    return { node: n.node, neighbourhood: sub?.neighbourhood ?? null };
  });
  if (!id) return null;
  const close = () => update((s) => ({ ...s, selected: null }));

  // While the same node is read again (after an edit), its details stay on screen: replacing them with a spinner
  // unmounted the edit panel, so a form opened during the refresh vanished with what was typed into it.
  const shown = details.status === 'ready' ? details.data : details.status === 'loading' && details.data?.node?.id === id ? details.data : null;
  let body: React.ReactNode;
  if (details.status === 'error') body = <ErrorMessage error={details.error} onRetry={details.retry} />;
  else if (!shown) body = <Loading />;
  else if (!shown.node) body = <p className="status status-empty">{t('error.NOT_FOUND')}</p>;
  else {
    const node = shown.node;
    const sub = shown.neighbourhood;
    const ties = sub ? tiesOf(node.id, sub) : [];
    const today = todayIso();
    const affs = affiliations(node, ties, today, lang);
    const facts = keyFacts(node, lang);
    const lists = factLists(node, ties, lang);
    const seesPersonal = me?.seesContactDetails ?? false;
    const props = propertyRows(node, lang, seesPersonal).filter((r) => !facts.some((f) => f.label === r.label));
    const groups = neighbourGroups(ties);
    const cut = sub?.truncated.filter((x) => x.kind === 'NODE_TYPE' && x.count > 0) ?? [];
    const roles = roleLabels(node);
    const description = typeof node.properties.description === 'string' ? node.properties.description : null;
    const other = otherName(node, lang);
    body = (
      <div className="details" data-testid="details" data-id={node.id} data-type={node.type} aria-busy={details.status === 'loading'}>
        <div className="details-head">
          <div className="details-type">
            <TypeSwatch type={node.type} />
            {typeLabel(lang, node.type)}
            {roles.map((r) => (
              <span key={r} className={`badge badge-role role-${r}`}>
                {roleLabel(lang, r)}
              </span>
            ))}
          </div>
          <h2 data-testid="details-name">{displayName(node, lang)}</h2>
          {other && <div className="details-other">{other}</div>}
          {node.illustrative && (
            <div className="badge badge-illustrative" data-testid="illustrative-badge" title={t('details.illustrativeHint')}>
              <Icon name="info" size={13} /> {t('details.illustrative')} · {t('details.illustrativeHint')}
            </div>
          )}
          {isAnonymous(node) && <div className="badge badge-masked">{t('details.maskedHint')}</div>}
        </div>
        <div className="details-actions">
          <button type="button" className="btn btn-primary btn-small" onClick={() => void expand(node.id)} disabled={busy !== null} data-testid="details-expand">
            <Icon name="expand" size={14} /> {t('details.expand')}
          </button>
          {canvas.hasNode(node.id) && (
            <button type="button" className="btn btn-small" onClick={() => canvas.focus(node.id)}>
              <Icon name="target" size={14} /> {t('details.center')}
            </button>
          )}
          <LedgerLinks node={node} />
          <RegionPageLink node={node} />
        </div>
        <EditPanel node={node} ties={ties} onChanged={details.retry} />
        {description && <p className="details-description">{description}</p>}
        {facts.length > 0 && (
          <section>
            <h3>{t('details.facts')}</h3>
            <dl className="facts" data-testid="details-facts">
              {facts.map((f) => (
                <div key={f.label}>
                  <dt>{f.label}</dt>
                  <dd>{f.value}</dd>
                </div>
              ))}
            </dl>
          </section>
        )}
        {node.type === 'Person' && (
          <section data-testid="details-affiliations">
            <h3>{t('details.affiliations')}</h3>
            {affs.length === 0 ? (
              <p className="muted">{t('details.noAffiliations')}</p>
            ) : (
              <ul className="affiliations">
                {affs.map((a) => (
                  <li key={`${a.relType}-${a.org.id}-${a.start ?? ''}`} className={a.current ? 'current' : 'past'} data-testid="affiliation">
                    <NodeLink node={a.org} />
                    <div className="affiliation-meta">
                      <span className="rel">{relLabel(lang, a.relType)}</span>
                      {a.role && <span>{a.role}</span>}
                      {dateRange(a.start, a.end, lang, t('details.present')) && <span className="dates">{dateRange(a.start, a.end, lang, t('details.present'))}</span>}
                      {a.illustrative && <span className="badge badge-illustrative small">{t('details.illustrativeTie')}</span>}
                    </div>
                  </li>
                ))}
              </ul>
            )}
          </section>
        )}
        {lists.map((list) => (
          <section key={list.title} data-testid={`details-${list.title}`}>
            <h3>
              {list.title === 'members' ? t('details.members', { n: list.items.length }) : t(`details.${list.title}`)}
            </h3>
            <ul className="fact-list">
              {list.items.map((item) => (
                <li key={item.node.id}>
                  <NodeLink node={item.node} note={item.note} />
                </li>
              ))}
            </ul>
          </section>
        ))}
        {props.length > 0 && (
          <section>
            <h3>{t('details.properties')}</h3>
            <dl className="props" data-testid="details-properties">
              {props.map((row) => (
                <div key={row.key} className={row.masked ? 'masked' : undefined} data-testid={row.masked ? 'masked-field' : undefined} data-key={row.key}>
                  <dt>{row.label}</dt>
                  <dd>
                    {row.masked ? (
                      <span className="masked-value" title={t('details.maskedHint')}>
                        <Icon name="key" size={12} /> {t('details.masked')}
                      </span>
                    ) : row.href ? (
                      <a href={row.href} target="_blank" rel="noreferrer noopener">
                        {row.value} <Icon name="external" size={11} />
                      </a>
                    ) : (
                      row.value
                    )}
                  </dd>
                </div>
              ))}
            </dl>
          </section>
        )}
        {groups.length > 0 && (
          <section data-testid="details-neighbours">
            <h3>{t('details.neighbours')}</h3>
            {groups.map((g) => (
              <NeighbourGroup key={`${g.relType}-${g.outgoing}`} relType={g.relType} outgoing={g.outgoing} items={g.items} />
            ))}
            {cut.length > 0 && <p className="muted small">{t('expand.cut', { list: joinList(cut.map((c) => `${typeLabel(lang, c.type)} ${c.count}`), lang) })}</p>}
          </section>
        )}
        <p className="details-id">
          {t('details.id')}: <code>{node.id}</code>
        </p>
      </div>
    );
  }

  return (
    <aside className="drawer" aria-label={t('details.title')} data-testid="drawer">
      <div className="drawer-bar">
        <span>{t('details.title')}</span>
        <button type="button" className="icon-btn" onClick={close} aria-label={t('details.close')} data-testid="drawer-close">
          <Icon name="close" />
        </button>
      </div>
      <div className="drawer-body">{body}</div>
    </aside>
  );
}
