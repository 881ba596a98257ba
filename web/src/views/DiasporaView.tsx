// Diaspora: the people who come from a region and live elsewhere, boxed by country and city on the canvas, with
// their ties back to firms and labs at home. Expertise chips filter by tech area; a country in the list lights up
// its people.
import { useState } from 'react';
import { config } from '../config.js';
import { DIASPORA } from '../core/api/documents.js';
import type { DiasporaMap } from '../core/api/types.js';
import { diasporaElements } from '../core/diaspora/diaspora-elements.js';
import { groupColor } from '../core/graph/styles.js';
import { displayName } from '../core/i18n/translate.js';
import { useApp } from '../components/app-context.js';
import { NodeChip, NodePicker } from '../components/NodePicker.js';
import { RunButton } from '../components/ViewForm.js';
import { useViewContent } from '../components/use-view-content.js';
import { useDraft, usePickHighlight, withView } from '../components/use-ranked-answer.js';
import { AnswerStates } from '../components/RankedAnswer.js';
import { ExportCsvButton } from '../components/ExportCsvButton.js';
import { diasporaCsv } from '../core/export/csv.js';
import { DiasporaMapMode } from '../components/DiasporaMap.js';
import { DiasporaMore } from '../components/DiasporaMore.js';

export function DiasporaView() {
  const { state, update, request, t, lang, rememberNodes } = useApp();
  const q = state.diaspora;
  const [draft, setDraft] = useDraft(q);
  const [lit, setLit] = useState<string | null>(null);

  const key = q.origin ? `diaspora|${q.origin}|${q.techArea ?? ''}|${q.asOf ?? ''}` : null;
  const content = useViewContent<DiasporaMap>(
    key,
    async (signal) => {
      const d = await request<{ diaspora: DiasporaMap }>(DIASPORA, { origin: q.origin, techArea: q.techArea, limit: config.diasporaLimit, asOf: q.asOf ?? null }, signal);
      const map = d.diaspora;
      rememberNodes([map.origin, ...map.homeOrganisations, ...map.countries.flatMap((c) => [c.country, ...c.cities.flatMap((x) => [x.city, ...x.people])]), ...map.expertise.map((e) => e.techArea)]);
      return { data: map, elements: diasporaElements(map, lang).elements, roots: [map.origin.id] };
    },
    t('diaspora.pickOrigin'),
  );

  // A country in the list lights its people and their ties home.
  usePickHighlight(content, lit, (data, countryId) => {
    const country = countryId ? data.countries.find((c) => c.country.id === countryId) : undefined;
    if (!country) return null;
    const people = country.cities.flatMap((c) => c.people.map((p) => p.id));
    const peopleSet = new Set(people);
    const edges = data.ties.filter((r) => peopleSet.has(r.from) || peopleSet.has(r.to));
    return { nodes: [...people, ...edges.map((e) => (peopleSet.has(e.from) ? e.to : e.from))], edges: edges.map((e) => e.id) };
  });

  const run = (next = draft) => {
    setLit(null);
    update((s) => withView(s, 'diaspora', next, true));
  };

  return (
    <div className="view" data-testid="view-diaspora">
      <p className="view-help">{t('view.diaspora.help')}</p>
      <div className="form">
        <NodePicker label={t('diaspora.origin')} value={draft.origin} onChange={(origin) => setDraft({ ...draft, origin })} types={['Region']} testId="diaspora-origin" />
        <NodePicker label={t('diaspora.techArea')} value={draft.techArea} onChange={(techArea) => setDraft({ ...draft, techArea })} types={['TechArea']} testId="diaspora-tech" />
        <RunButton onClick={() => run()} disabled={!draft.origin} testId="diaspora-run">
          {t('diaspora.run')}
        </RunButton>
      </div>
      <AnswerStates content={content} idle={t('diaspora.pickOrigin')} isEmpty={(d) => d.total === 0} empty={t('diaspora.empty')} emptyTestId="diaspora-empty" />
      {content.status === 'ready' && content.data.total > 0 && (
        <div className="results" data-testid="diaspora-results" data-countries={content.data.countries.length} data-total={content.data.total}>
          <p className="summary" data-testid="diaspora-summary">
            {t('diaspora.summary', { total: content.data.total, regions: content.data.homeRegionCount, countries: content.data.countries.length })}
          </p>
          {content.data.truncated && <p className="muted small">{t('diaspora.truncated', { listed: content.data.listed })}</p>}
          {content.data.nextCursor && <DiasporaMore key={key} first={content.data} question={q} />}
          <DiasporaMapMode map={content.data} />
          <p className="muted small">
            {t('diaspora.ties', { n: content.data.ties.length })}
            {content.data.tiesTruncated ? ` · ${t('diaspora.tiesTruncated')}` : ''}
          </p>
          {content.data.techArea && (
            <div className="active-filter">
              {t('diaspora.techArea')}: <NodeChip id={content.data.techArea.id} onClear={() => run({ ...q, techArea: null })} />
            </div>
          )}
          <h3 className="results-title">{t('diaspora.countries')}</h3>
          <ExportCsvButton table={() => diasporaCsv(content.data, t)} name="diaspora" />
          <ul className="countries">
            {content.data.countries.map((c, i) => (
              <li key={c.country.id} data-testid="diaspora-country" data-id={c.country.id} data-count={c.count}>
                <button type="button" className={`country${lit === c.country.id ? ' picked' : ''}`} onClick={() => setLit(lit === c.country.id ? null : c.country.id)} aria-pressed={lit === c.country.id}>
                  <span className="country-dot" style={{ background: groupColor(i) }} />
                  <span className="country-name">{displayName(c.country, lang)}</span>
                  <span className="count">{t('diaspora.people', { n: c.count })}</span>
                </button>
                <ul className="cities">
                  {c.cities
                    .filter((x) => x.city.id !== c.country.id)
                    .map((x) => (
                      <li key={x.city.id}>
                        <span>{displayName(x.city, lang)}</span>
                        <span className="count">{x.count}</span>
                      </li>
                    ))}
                </ul>
              </li>
            ))}
          </ul>
          {content.data.expertise.length > 0 && (
            <>
              <h3 className="results-title">{t('diaspora.expertise')}</h3>
              <div className="chips">
                {content.data.expertise.slice(0, 16).map((e) => (
                  <button
                    key={e.techArea.id}
                    type="button"
                    className={`chip chip-button${q.techArea === e.techArea.id ? ' on' : ''}`}
                    onClick={() => run({ ...q, techArea: q.techArea === e.techArea.id ? null : e.techArea.id })}
                    data-testid="diaspora-expertise"
                  >
                    {displayName(e.techArea, lang)} <span className="count">{e.count}</span>
                  </button>
                ))}
              </div>
            </>
          )}
          {content.data.homeOrganisations.length > 0 && (
            <>
              <h3 className="results-title">{t('diaspora.homeOrgs')}</h3>
              <div className="chips">
                {content.data.homeOrganisations.map((o) => (
                  <NodeChip key={o.id} id={o.id} />
                ))}
              </div>
            </>
          )}
        </div>
      )}
    </div>
  );
}
