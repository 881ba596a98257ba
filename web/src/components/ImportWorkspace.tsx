// The import view's main area (admins): choose data files, which are uploaded at once (streamed to the server) so
// that the server can say which shipped mapping fits them (suggestImportMappings, from their headers); pick a mapping
// (the best fitting shipped one is preselected, with why it fits; or none; or a mapping file) and check them (not
// when the check would read an upload nothing opens, ImportFit.tsx); the check's bad rows in a table as
// file:line:column; Commit once there are none; the job
// list, polled, so an import started in another tab (or before this page was opened) is followed here too, with
// rows done, rows/s, ETA and the closing summary. Everyone else sees a short note and no controls (the API refuses
// them anyway).
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ApiError } from '../core/api/client.js';
import { IMPORT_CHECK, IMPORT_COMMIT, IMPORT_JOBS, IMPORT_LIMIT, IMPORT_MAPPINGS, IMPORT_SUGGEST } from '../core/api/import-documents.js';
import type { ImportCheckMutation, ImportCommitMutation, ImportJobsQuery, ImportLimitQuery, ImportMappingsQuery, ImportSuggestQuery } from '../core/api/generated.js';
import { config } from '../config.js';
import {
  canCommit,
  DATA_EXTENSIONS,
  filesProblem,
  formatBytes,
  jobToFollow,
  mappingArgs,
  mappingOptions,
  preselectedMapping,
  progressShare,
  suggestionOf,
  uploadUrl,
  type FileProblem,
  type MappingOption,
  type MappingValue,
} from '../core/import/import-model.js';
import { unreadableFates } from '../core/import/unreadable.js';
import { uploadFile } from '../core/import/upload.js';
import type { MessageKey } from '../core/i18n/messages.js';
import { formatDate, formatNumber, type Params } from '../core/i18n/translate.js';
import { checkedText, durationText, progressText, storedText, writtenText } from '../core/import/import-texts.js';
import { countName, jobTitle, listText, mappingDescription, mappingName } from '../core/import/import-labels.js';
import { useApp } from './app-context.js';
import { FitReasons, UnreadableNotice, type Suggestion } from './ImportFit.js';
import { Differences, Problems } from './ImportTables.js';
import { ImportNotRead } from './ImportNotRead.js';
import { Empty, ErrorMessage, errorText } from './StatusMessage.js';
import { toApiError } from './use-async.js';

type Job = ImportJobsQuery['importJobs'][number];
type T = ReturnType<typeof useApp>['t'];
/** A line saying what the form is doing, kept as a message key until shown. */
type Busy = { key: MessageKey; params?: Params };

const POLL_RUNNING_MS = 1_000;
const POLL_IDLE_MS = 5_000;

function problemText(t: T, p: FileProblem): string {
  if (p.kind === 'noData') return t('import.problem.noData');
  if (p.kind === 'tooLarge') return t('import.problem.tooLarge', { name: p.name, size: formatBytes(p.limit) });
  return t(`import.problem.${p.kind}`, { name: p.name });
}

/** The jobs of the store, asked again every second while one runs (every few seconds otherwise). */
function useJobs(enabled: boolean, reload: number) {
  const { request } = useApp();
  const [jobs, setJobs] = useState<Job[] | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  useEffect(() => {
    if (!enabled) return;
    let live = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const ctl = new AbortController();
    const ask = () => {
      request<ImportJobsQuery>(IMPORT_JOBS, {}, ctl.signal)
        .then((d) => {
          if (!live) return;
          setJobs(d.importJobs);
          setError(null);
          timer = setTimeout(ask, d.importJobs.some((j) => j.status === 'RUNNING') ? POLL_RUNNING_MS : POLL_IDLE_MS);
        })
        .catch((e: unknown) => {
          if (!live) return;
          setError(toApiError(e));
          timer = setTimeout(ask, POLL_IDLE_MS);
        });
    };
    ask();
    return () => {
      live = false;
      ctl.abort();
      clearTimeout(timer);
    };
  }, [request, enabled, reload]);
  return { jobs, error };
}

type Shipped = ImportMappingsQuery['importMappings'][number];

/** Chosen data files once uploaded, and the shipped mappings the server suggests for them. */
interface Prepared {
  ids: string[];
  suggestions: Suggestion[];
  /** Why there is no suggestion, when asking for one failed (the check can still run). */
  suggestError: string | null;
}

function optionText(t: T, o: MappingOption): string {
  const text = o.value === 'none' ? t('import.mapping.none') : o.value === 'upload' ? t('import.mapping.upload') : t('import.mapping.shipped', { name: o.name ?? '' });
  return o.suggested ? t('import.mapping.suggested', { option: text }) : text;
}

/** The shipped mappings (for the select) and the upload limit, asked once. */
function useImportSetup() {
  const { request } = useApp();
  const [limit, setLimit] = useState<number | null>(null);
  const [shipped, setShipped] = useState<Shipped[]>([]);
  useEffect(() => {
    const ctl = new AbortController();
    request<ImportLimitQuery>(IMPORT_LIMIT, {}, ctl.signal)
      .then((d) => setLimit(d.importUploadLimit))
      .catch(() => {});
    // Without the list the select still offers no mapping and a mapping file.
    request<ImportMappingsQuery>(IMPORT_MAPPINGS, {}, ctl.signal)
      .then((d) => setShipped(d.importMappings))
      .catch(() => {});
    return () => ctl.abort();
  }, [request]);
  return { limit, shipped };
}

function UploadForm({ onStarted }: { onStarted(job: Job): void }) {
  const { request, t, token, state } = useApp();
  const { limit, shipped: listed } = useImportSetup();
  // Shipped mappings under the catalogue's name in the chosen language (the select sorts and shows these).
  const shipped = listed.map((m) => ({ ...m, name: mappingName(state.lang, m) }));
  const [data, setData] = useState<File[]>([]);
  const [prepared, setPrepared] = useState<Prepared | null>(null);
  const [choice, setChoice] = useState<MappingValue>('none');
  const [mapping, setMapping] = useState<File | null>(null);
  // What the form is doing, as message keys (so a language switch rewords it): the uploads and suggestion of the
  // files chosen last, and a check being started. Each has one owner, so neither can be left behind by the other.
  const [preparing, setPreparing] = useState<Busy | null>(null);
  const [starting, setStarting] = useState<Busy | null>(null);
  const busy = preparing ?? starting;
  const [error, setError] = useState<string | null>(null);
  // The uploads and suggestions of the files chosen last: a check waits for them (it may be asked for at once).
  const pending = useRef<Promise<Prepared | null> | null>(null);
  // Bumped by every choice of files: a run of an earlier choice neither speaks nor sets what it found.
  const generation = useRef(0);
  const chosenByHand = useRef(false);
  // Uploads a check has used are gone once it is committed: a second check uploads the files again.
  const used = useRef(false);

  const prepare = (files: File[]): Promise<Prepared | null> => {
    const ticket = ++generation.current;
    const current = () => generation.current === ticket;
    const say = (b: Busy | null) => {
      if (current()) setPreparing(b);
    };
    const run: Promise<Prepared | null> = (async () => {
      try {
        const url = uploadUrl(config.graphqlUrl);
        const ids: string[] = [];
        for (const f of files) {
          say({ key: 'import.uploading', params: { name: f.name } });
          ids.push((await uploadFile(url, f, token)).id);
        }
        say({ key: 'import.suggesting' });
        const next: Prepared = await request<ImportSuggestQuery>(IMPORT_SUGGEST, { uploads: ids })
          .then((d) => ({ ids, suggestions: d.suggestImportMappings, suggestError: null }))
          .catch((e: unknown) => ({ ids, suggestions: [], suggestError: errorText(t, toApiError(e)) }));
        if (current()) {
          setPrepared(next);
          if (!chosenByHand.current) setChoice(preselectedMapping(next.suggestions));
        }
        return next;
      } catch (err) {
        if (current()) setError(errorText(t, toApiError(err)));
        return null;
      } finally {
        say(null);
      }
    })();
    pending.current = run;
    used.current = false;
    return run;
  };

  const chooseFiles = (files: File[]) => {
    setData(files);
    setPrepared(null);
    setError(null);
    chosenByHand.current = false;
    pending.current = null;
    // The run of the files chosen before (if any) is superseded and will not clear its own line.
    generation.current++;
    setPreparing(null);
    const problem = filesProblem(files, null, limit);
    if (problem) return setError(problemText(t, problem));
    void prepare(files);
  };

  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    const problem = filesProblem(data, choice === 'upload' ? mapping : null, limit);
    if (problem) return setError(problemText(t, problem));
    if (choice === 'upload' && !mapping) return setError(t('import.problem.noMapping'));
    setError(null);
    setStarting({ key: 'import.starting' });
    try {
      const run = used.current || !pending.current ? prepare(data) : pending.current;
      const ticket = generation.current;
      const ready = await run;
      // Files chosen again meanwhile: these ids are of files no longer chosen; the new choice is being prepared.
      if (!ready || generation.current !== ticket) return;
      // Until the admin picks a mapping, the check uses the best suggestion (which may have arrived just now).
      const value = chosenByHand.current ? choice : preselectedMapping(ready.suggestions);
      // A check that would read an upload nothing opens fails on it: not started (the notice says what to do).
      if (unreadableFates(value, ready.suggestions).some((f) => f.fate === 'blocks')) return;
      let mappingId: string | null = null;
      if (value === 'upload') {
        if (!mapping) return setError(t('import.problem.noMapping'));
        setStarting({ key: 'import.uploading', params: { name: mapping.name } });
        mappingId = (await uploadFile(uploadUrl(config.graphqlUrl), mapping, token)).id;
        setStarting({ key: 'import.starting' });
      }
      const started = await request<ImportCheckMutation>(IMPORT_CHECK, { uploads: ready.ids, ...mappingArgs(value, mappingId) });
      used.current = true;
      onStarted(started.checkImport);
    } catch (err) {
      setError(errorText(t, toApiError(err)));
    } finally {
      setStarting(null);
    }
  };

  const suggestions = prepared?.suggestions ?? [];
  const why = prepared ? suggestionOf(choice, suggestions) : null;
  const chosenShipped = shipped.find((m) => choice === `shipped:${m.id}`);
  const described = chosenShipped ? mappingDescription(state.lang, chosenShipped) : null;
  const blocked = unreadableFates(choice, suggestions).some((f) => f.fate === 'blocks');
  return (
    <form className="import-form" onSubmit={submit} data-testid="import-form">
      <div className="field">
        <label htmlFor="import-files">{t('import.files')}</label>
        <input id="import-files" type="file" multiple accept={DATA_EXTENSIONS.join(',')} data-testid="import-files" onChange={(e) => chooseFiles([...(e.target.files ?? [])])} />
      </div>
      <div className="field">
        <label htmlFor="import-mapping-choice">{t('import.mappingChoice')}</label>
        <select
          id="import-mapping-choice"
          data-testid="import-mapping-choice"
          value={choice}
          aria-describedby={why ? 'import-fit-why' : undefined}
          onChange={(e) => {
            chosenByHand.current = true;
            setChoice(e.target.value as MappingValue);
          }}
        >
          {mappingOptions(shipped, suggestions).map((o) => (
            <option key={o.value} value={o.value}>
              {optionText(t, o)}
            </option>
          ))}
        </select>
      </div>
      {described && (
        <p className="muted small" data-testid="import-mapping-description">
          {described}
        </p>
      )}
      {why && (
        <div id="import-fit-why">
          <FitReasons suggestion={why} all={suggestions} />
        </div>
      )}
      <UnreadableNotice choice={choice} suggestions={suggestions} />
      {prepared && suggestions.length === 0 && (
        <p className="muted small" data-testid="import-fit-none">
          {prepared.suggestError ? t('import.fit.failed', { error: prepared.suggestError }) : t('import.fit.none')}
        </p>
      )}
      {choice === 'upload' && (
        <div className="field">
          <label htmlFor="import-mapping">{t('import.mapping')}</label>
          <input id="import-mapping" type="file" accept=".json" data-testid="import-mapping" onChange={(e) => setMapping(e.target.files?.[0] ?? null)} />
        </div>
      )}
      {limit !== null && <p className="muted small">{t('import.limit', { size: formatBytes(limit) })}</p>}
      <button type="submit" className="btn btn-primary" disabled={busy !== null || blocked} aria-describedby={blocked ? 'import-unreadable' : undefined} data-testid="import-check">
        {t('import.check')}
      </button>
      {busy && (
        <p className="muted" role="status" data-testid="import-busy">
          {t(busy.key, busy.params)}
        </p>
      )}
      {error && (
        <p className="form-error" role="alert" data-testid="import-form-error">
          {error}
        </p>
      )}
    </form>
  );
}

function Progress({ job }: { job: Job }) {
  const { t, state } = useApp();
  const n = (v: number) => formatNumber(v, state.lang);
  if (!job.stage) return <p className="muted">{t('import.job.waiting')}</p>;
  const stage = t(`import.stage.${job.stage === 'write' ? 'write' : 'check'}`);
  const share = progressShare(job);
  const eta = job.etaSeconds !== null ? durationText(t, job.etaSeconds) : null;
  return (
    <div className="import-progress" data-testid="import-progress" data-rows={job.rowsDone}>
      {share !== null && <progress max={1} value={share} aria-label={stage} />}
      <p>
        {progressText(t, state.lang, stage, job)}
        {job.rowsPerSecond !== null && job.rowsPerSecond > 0 && ` · ${t('import.job.rate', { rate: n(job.rowsPerSecond) })}`}
        {eta !== null && ` · ${t('import.job.eta', { time: eta })}`}
      </p>
    </div>
  );
}

function Summary({ job }: { job: Job }) {
  const { t, state } = useApp();
  const s = job.summary;
  if (!s) return null;
  const n = (v: number) => formatNumber(v, state.lang);
  const stored = storedText(t, state.lang, s);
  const counts = [...s.nodes.map((c) => ({ ...c, kind: 'node' as const })), ...s.relationships.map((c) => ({ ...c, kind: 'relationship' as const }))].filter((c) => c.count > 0);
  if (s.dryRun) {
    if (job.status !== 'OK') return null;
    return (
      <>
        <p data-testid="import-checked">{checkedText(t, state.lang, s)}</p>
        {stored !== null && <p data-testid="import-checked-stored">{stored}</p>}
        {s.differences.length ? <Differences summary={s} /> : null}
      </>
    );
  }
  return (
    <section data-testid="import-summary" aria-label={t('import.summary.title')}>
      <h3>{t('import.summary.title')}</h3>
      <p>{writtenText(t, state.lang, s)}</p>
      {counts.length > 0 && (
        <ul>
          {counts.map((c) => (
            <li key={`${c.kind}:${c.name}`} title={c.name}>
              {t('import.summary.count', { name: countName(state.lang, c.kind, c.name), count: n(c.count) })}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function JobPanel({ job, jobs, focus, onFocused, onCommitted }: { job: Job; jobs: Job[]; focus: boolean; onFocused(): void; onCommitted(job: Job): void }) {
  const { request, t, state } = useApp();
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  // A job this tab just started takes the focus: the button that started it is disabled or gone by now, and the
  // focus would otherwise fall back to the page's start.
  useEffect(() => {
    if (!focus) return;
    heading.current?.focus();
    onFocused();
  }, [focus, onFocused]);
  const commit = async () => {
    setBusy(true);
    setError(null);
    try {
      onCommitted((await request<ImportCommitMutation>(IMPORT_COMMIT, { check: job.id })).commitImport);
    } catch (e) {
      setError(toApiError(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <section className="import-job" data-testid="import-job" data-job={job.id} data-kind={job.kind} data-status={job.status}>
      <h3 ref={heading} tabIndex={-1}>
        {jobTitle(t, state.lang, job)}
      </h3>
      <p className="muted small">
        {t('import.job.startedBy', { actor: job.actor, time: formatDate(job.startedAt, state.lang, true) })} · <strong role="status" data-testid="import-status">{t(`import.status.${job.status}` as MessageKey)}</strong>
      </p>
      {job.status === 'RUNNING' && <Progress job={job} />}
      {job.error && (
        <p className="form-error" role="alert">
          {t('import.job.error', { error: job.error })}
        </p>
      )}
      {job.summary?.stoppedAt && <p>{t('import.job.stoppedAt', { where: job.summary.stoppedAt })}</p>}
      {job.problemCount > 0 && <Problems job={job} />}
      <Summary job={job} />
      <ImportNotRead summary={job.summary} />
      {canCommit(job, jobs) && (
        <button type="button" className="btn btn-primary" onClick={commit} disabled={busy} data-testid="import-commit">
          {t('import.commit')}
        </button>
      )}
      {job.kind === 'CHECK' && job.commitId && <p className="muted">{t('import.committed', { id: job.commitId })}</p>}
      {error && <ErrorMessage error={error} testId="import-commit-error" />}
    </section>
  );
}

function JobList({ jobs, current, onShow }: { jobs: Job[]; current: string | null; onShow(id: string): void }) {
  const { t, state } = useApp();
  if (jobs.length === 0) return <Empty testId="import-jobs-empty">{t('import.jobs.empty')}</Empty>;
  return (
    <ul className="import-jobs" data-testid="import-jobs">
      {jobs.map((j) => (
        <li key={j.id} data-job={j.id}>
          <button type="button" className="btn btn-small btn-ghost" aria-pressed={j.id === current} onClick={() => onShow(j.id)}>
            {t(`import.kind.${j.kind}`)} · {listText(state.lang, j.files)} · {t(`import.status.${j.status}` as MessageKey)} · {formatDate(j.startedAt, state.lang, true)}
          </button>
        </li>
      ))}
    </ul>
  );
}

export function ImportWorkspace() {
  const { t, me } = useApp();
  const [reload, setReload] = useState(0);
  const [chosen, setChosen] = useState<string | null>(null);
  // The job this tab started last, until its panel has taken the focus.
  const [toFocus, setToFocus] = useState<string | null>(null);
  const admin = me?.canChange === true;
  const { jobs, error } = useJobs(admin, reload);
  const started = useCallback((job: Job) => {
    setChosen(job.id);
    setToFocus(job.id);
    setReload((r) => r + 1);
  }, []);
  const focused = useCallback(() => setToFocus(null), []);
  if (!admin) {
    return (
      <div className="desk-workspace" data-testid="import-workspace" data-admin="false">
        <Empty testId="import-admins-only">{t('import.adminsOnly')}</Empty>
      </div>
    );
  }
  const current = jobs ? jobToFollow(jobs, chosen) : null;
  return (
    <div className="desk-workspace" data-testid="import-workspace" data-admin="true">
      <h2>{t('view.import')}</h2>
      <UploadForm onStarted={started} />
      {error && <ErrorMessage error={error} testId="import-jobs-error" />}
      {current && jobs && <JobPanel key={current.id} job={current} jobs={jobs} focus={toFocus === current.id} onFocused={focused} onCommitted={started} />}
      <h3>{t('import.jobs')}</h3>
      {jobs && <JobList jobs={jobs} current={current?.id ?? null} onShow={setChosen} />}
    </div>
  );
}
