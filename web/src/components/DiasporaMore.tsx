// The diaspora's "more people" list: the first page is the view's; this asks for the following pages one at a time
// (the previous page's nextCursor as `after`) and lists their people by city. Counts need no update: every page
// carries the complete ones. Reset by its key when the question changes.
import { useEffect, useState } from 'react';
import { config } from '../config.js';
import { DIASPORA } from '../core/api/documents.js';
import type { DiasporaMap } from '../core/api/types.js';
import { laterCities, pageProgress } from '../core/diaspora/diaspora-pages.js';
import { displayName } from '../core/i18n/translate.js';
import { useApp } from './app-context.js';
import { ErrorMessage, Loading } from './StatusMessage.js';
import { useAsync } from './use-async.js';

export function DiasporaMore({ first, question }: { first: DiasporaMap; question: { origin: string | null; techArea: string | null; asOf?: string | null } }) {
  const { request, t, lang, rememberNodes } = useApp();
  const [later, setLater] = useState<DiasporaMap[]>([]);
  const [after, setAfter] = useState<string | null>(null);
  const next = useAsync(after, async (signal) => {
    const vars = { origin: question.origin, techArea: question.techArea, limit: config.diasporaLimit, after, asOf: question.asOf ?? null };
    return (await request<{ diaspora: DiasporaMap }>(DIASPORA, vars, signal)).diaspora;
  });
  useEffect(() => {
    if (next.status !== 'ready' || later.includes(next.data)) return;
    rememberNodes(next.data.countries.flatMap((c) => c.cities.flatMap((x) => x.people)));
    setLater((pages) => [...pages, next.data]);
  }, [next.status, next.data, later, rememberNodes]);

  const progress = pageProgress(first, later);
  return (
    <div className="diaspora-more" data-testid="diaspora-more" data-listed={progress.listed}>
      <p className="muted small">{t('diaspora.listedSoFar', { listed: progress.listed, total: progress.total })}</p>
      <ul className="cities">
        {laterCities(later).map((x) => (
          <li key={x.city.id}>
            {t('diaspora.cityPeople', { city: displayName(x.city, lang), names: x.people.map((p) => displayName(p, lang)).join(t('diaspora.nameSeparator')) })}
          </li>
        ))}
      </ul>
      {next.status === 'loading' && <Loading />}
      {next.status === 'error' && <ErrorMessage error={next.error} onRetry={next.retry} />}
      {progress.nextCursor !== null && next.status !== 'loading' && (
        <button type="button" className="button" onClick={() => setAfter(progress.nextCursor)} data-testid="diaspora-more-button">
          {t('diaspora.more', { n: Math.min(config.diasporaLimit, progress.total - progress.listed) })}
        </button>
      )}
    </div>
  );
}
