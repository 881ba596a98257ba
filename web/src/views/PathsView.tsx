// Path explorer: the k shortest paths between two nodes, with maximum hops, tie types, an as-of date and nodes to
// avoid. Paths are listed and highlighted one at a time (previous / next, or a click).
import { PATHS } from '../core/api/documents.js';
import { REL_TYPES, type ApiNode, type ApiPath, type PathAnswer, type RelType } from '../core/api/types.js';
import { graphElements, pathIds, pathsElements } from '../core/graph/elements.js';
import { colorAsText, relStyle } from '../core/graph/styles.js';
import { displayName, formatNumber, joinList, relLabel } from '../core/i18n/translate.js';
import { useApp } from '../components/app-context.js';
import { Icon } from '../components/Icon.js';
import { MultiNodePicker, NodePicker } from '../components/NodePicker.js';
import { TypeSwatch } from '../components/TypeSwatch.js';
import { DateField, NumberField, RunButton, Segmented } from '../components/ViewForm.js';
import { fetchEnds } from '../core/api/nodes.js';
import { useDraft, useRankedAnswer } from '../components/use-ranked-answer.js';
import { AnswerStates, chainIds, FragilityLens, RankedItem } from '../components/RankedAnswer.js';
import { ExportCsvButton } from '../components/ExportCsvButton.js';
import { pathsCsv } from '../core/export/csv.js';
import { answerDiversity, diversityNote } from '../core/paths/diversity.js';
import { pathsFragilityHops } from '../core/fragility/fragility-display.js';

interface PathsData {
  from: ApiNode;
  to: ApiNode;
  paths: PathAnswer[];
}

function PathSteps({ path }: { path: ApiPath }) {
  const { lang } = useApp();
  return (
    <span className="path-steps">
      {path.nodes.map((n, i) => {
        const rel = i > 0 ? path.relationships[i - 1] : undefined;
        return (
          <span key={`${n.id}-${i}`} className="path-step">
            {rel && (
              <span className="path-rel" style={{ color: colorAsText(relStyle(rel.type).color) }}>
                {rel.direction === 'BACKWARD' ? '←' : ''}
                {relLabel(lang, rel.type)}
                {rel.direction === 'FORWARD' ? '→' : ''}
              </span>
            )}
            <span className="path-node">
              <TypeSwatch type={n.type} size={11} />
              {displayName(n, lang)}
            </span>
          </span>
        );
      })}
    </span>
  );
}

function RelTypePicker({ value, onChange }: { value: RelType[]; onChange(v: RelType[]): void }) {
  const { t, lang } = useApp();
  const chosen = new Set(value);
  return (
    <details className="field reltypes" data-testid="paths-reltypes">
      <summary>
        <span className="field-label">{t('paths.relTypes')}</span> <span className="muted">{value.length ? joinList(value.map((r) => relLabel(lang, r)), lang) : t('paths.allTypes')}</span>
      </summary>
      <div className="checkbox-grid">
        {REL_TYPES.map((r) => (
          <label key={r} className="checkbox">
            <input type="checkbox" checked={chosen.has(r)} onChange={() => onChange(chosen.has(r) ? value.filter((x) => x !== r) : [...value, r])} data-rel={r} />
            <span className="rel-swatch" style={{ background: relStyle(r).color }} />
            {relLabel(lang, r)}
          </label>
        ))}
      </div>
    </details>
  );
}

/** What a diverse answer says about itself: k disjoint paths, or fewer and why no more exist. */
function DiversityNotice({ paths, maxHops }: { paths: readonly PathAnswer[]; maxHops: number }) {
  const { t, lang } = useApp();
  const d = answerDiversity(paths);
  if (!d) return null;
  const note = diversityNote(d, maxHops, lang);
  return (
    <div className={`diversity-note ${note.tone}`} role="note" data-testid="paths-diversity" data-complete={String(note.tone === 'complete')} data-found={d.found} data-requested={d.requested}>
      <p>{t(note.message.key, note.message.params)}</p>
      {note.bound && <p className="muted small">{t(note.bound.key, note.bound.params)}</p>}
      {note.tone === 'partial' && note.reasons.length > 0 && (
        <ul className="muted small">
          {note.reasons.map((r, i) => (
            <li key={i}>{r}</li>
          ))}
        </ul>
      )}
    </div>
  );
}

export function PathsView() {
  const { state, request, t, lang, rememberNodes } = useApp();
  const q = state.paths;
  const [draft, setDraft] = useDraft(q);

  const { content, pick, run, choose } = useRankedAnswer<'paths', PathsData>('paths', {
    key: q.from && q.to ? `paths|${q.from}|${q.to}|${q.k}|${q.maxHops}|${q.relTypes.join(',')}|${q.asOf ?? ''}|${q.exclude.join(',')}|${q.diverse ? 'diverse' : 'shortest'}` : null,
    load: async (signal) => {
      const [from, to] = await fetchEnds(request, q.from!, q.to!, signal);
      const d = await request<{ paths: PathAnswer[] }>(
        PATHS,
        { from: q.from, to: q.to, k: q.k, maxHops: q.maxHops, relTypes: q.relTypes.length ? q.relTypes : null, asOf: q.asOf, exclude: q.exclude.length ? q.exclude : null, diverse: q.diverse ?? false },
        signal,
      );
      rememberNodes([from, to, ...d.paths.flatMap((p) => p.nodes)]);
      return { data: { from, to, paths: d.paths }, elements: [...graphElements([from, to], [], lang), ...pathsElements(d.paths, lang)], roots: [from.id] };
    },
    emptyText: t('paths.pickBoth'),
    lit: (data, i) => {
      const path = data.paths[i];
      return path ? pathIds(path) : null;
    },
  });
  const count = content.status === 'ready' ? content.data.paths.length : 0;

  return (
    <div className="view" data-testid="view-paths">
      <p className="view-help">{t('view.paths.help')}</p>
      <div className="form">
        <NodePicker label={t('paths.from')} value={draft.from} onChange={(from) => setDraft({ ...draft, from })} testId="paths-from" />
        <NodePicker label={t('paths.to')} value={draft.to} onChange={(to) => setDraft({ ...draft, to })} testId="paths-to" />
        <Segmented<'shortest' | 'diverse'>
          label={t('paths.mode')}
          value={draft.diverse ? 'diverse' : 'shortest'}
          options={[
            { value: 'shortest', label: t('paths.mode.shortest') },
            { value: 'diverse', label: t('paths.mode.diverse') },
          ]}
          onChange={(m) => setDraft({ ...draft, diverse: m === 'diverse' || undefined })}
          testId="paths-mode"
        />
        {draft.diverse && <p className="muted small">{t('paths.diverse.help')}</p>}
        <div className="form-row">
          <NumberField label={t('paths.k')} value={draft.k} min={1} max={10} onChange={(k) => setDraft({ ...draft, k })} testId="paths-k" />
          <NumberField label={t('paths.maxHops')} value={draft.maxHops} min={1} max={8} onChange={(maxHops) => setDraft({ ...draft, maxHops })} testId="paths-hops" />
        </div>
        <RelTypePicker value={draft.relTypes} onChange={(relTypes) => setDraft({ ...draft, relTypes })} />
        <DateField label={t('paths.asOf')} value={draft.asOf} onChange={(asOf) => setDraft({ ...draft, asOf })} testId="paths-asof" />
        <MultiNodePicker label={t('paths.exclude')} values={draft.exclude} onChange={(exclude) => setDraft({ ...draft, exclude })} testId="paths-exclude" />
        <RunButton onClick={() => run({ ...draft, pick: 0 })} disabled={!draft.from || !draft.to} testId="paths-run">
          {t('paths.run')}
        </RunButton>
      </div>
      <AnswerStates content={content} idle={t('paths.pickBoth')} isEmpty={(d) => d.paths.length === 0} empty={t('paths.empty', { hops: q.maxHops })} emptyTestId="paths-empty" />
      {content.status === 'ready' && count > 0 && (
        <div className="results" data-testid="paths-results">
          <div className="results-title results-nav">
            <h3>{t('paths.results', { n: count })}</h3>
            <span className="pager">
              <button type="button" className="icon-btn" onClick={() => choose(((pick ?? 0) - 1 + count) % count)} aria-label={t('paths.prev')} data-testid="paths-prev">
                <Icon name="chevronLeft" />
              </button>
              <span data-testid="paths-position">{t('paths.of', { i: (pick ?? 0) + 1, n: count })}</span>
              <button type="button" className="icon-btn" onClick={() => choose(((pick ?? -1) + 1) % count)} aria-label={t('paths.next')} data-testid="paths-next">
                <Icon name="chevronRight" />
              </button>
            </span>
          </div>
          <DiversityNotice paths={content.data.paths} maxHops={q.maxHops} />
          <ExportCsvButton table={() => pathsCsv(content.data.paths, t)} name="paths" />
          <ol className="ranked">
            {content.data.paths.map((p, i) => (
              <li key={i}>
                <RankedItem index={i} pick={pick} onChoose={choose} testId="path-item" attrs={{ 'data-chain-ids': chainIds(p.nodes), 'data-length': p.length }}>
                  <span className="rank">{i + 1}</span>
                  <span className="ranked-body">
                    <span className="ranked-head">
                      <span className="badge">{t('paths.hops', { n: p.length })}</span>
                      <span className="muted small">{t('paths.weight', { w: formatNumber(p.weight, lang, 2) })}</span>
                    </span>
                    <PathSteps path={p} />
                  </span>
                </RankedItem>
              </li>
            ))}
          </ol>
        </div>
      )}
      {content.status === 'ready' && (
        <FragilityLens view="paths" question={{ from: content.data.from.id, to: content.data.to.id, maxHops: pathsFragilityHops(q.maxHops), relTypes: q.relTypes, asOf: q.asOf }} />
      )}
    </div>
  );
}
