// The loading, empty and error states every view shows. An API error is always put into words: what went wrong
// in the user's language, plus the server's own explanation when it gave one.
import type { ApiError } from '../core/api/client.js';
import type { MessageKey } from '../core/i18n/messages.js';
import type { Translate } from '../core/i18n/translate.js';
import { useApp } from './app-context.js';

const GENERIC_DETAILS = new Set(['Unexpected error.', 'unknown error']);

export function errorText(t: Translate, error: ApiError): string {
  const head = t(`error.${error.code}` as MessageKey);
  if (error.subject) return `${head} (${error.subject})`;
  const detail = error.detail && !GENERIC_DETAILS.has(error.detail) ? ` ${t('error.detail', { detail: error.detail })}` : '';
  return `${head}${detail}`;
}

export function Loading({ label, testId }: { label?: string; testId?: string }) {
  const { t } = useApp();
  return (
    <div className="status status-loading" role="status" aria-live="polite" data-testid={testId ?? 'loading'}>
      <span className="spinner" aria-hidden="true" />
      {label ?? t('state.loading')}
    </div>
  );
}

export function Empty({ children, testId }: { children: React.ReactNode; testId?: string }) {
  return (
    <div className="status status-empty" data-testid={testId ?? 'empty'}>
      {children}
    </div>
  );
}

export function ErrorMessage({ error, onRetry, testId }: { error: ApiError; onRetry?: () => void; testId?: string }) {
  const { t } = useApp();
  return (
    <div className="status status-error" role="alert" data-testid={testId ?? 'error'} data-code={error.code}>
      <strong>{t('error.title')}</strong>
      <span>{errorText(t, error)}</span>
      {onRetry && (
        <button type="button" className="btn btn-small" onClick={onRetry}>
          {t('state.retry')}
        </button>
      )}
    </div>
  );
}
