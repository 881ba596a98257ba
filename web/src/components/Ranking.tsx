// Pieces shared by every ranked list (bridges, paths, recommendations, brokers): the score as a bar and a number,
// the reasons in plain words, and how the score was made.
import type { ScorePart } from '../core/api/types.js';
import { formatScore } from '../core/i18n/translate.js';
import { partContributions, partLabel } from '../core/recommend/ranking-display.js';
import { useApp } from './app-context.js';

export function ScoreBar({ score, label }: { score: number; label?: string }) {
  const { t } = useApp();
  const pct = formatScore(score);
  return (
    <span className="score" title={`${label ?? t('common.score')} ${pct}/100`} data-testid="score" data-score={score}>
      <span className="score-bar" aria-hidden="true">
        <span style={{ width: `${pct}%` }} />
      </span>
      <span className="score-num">{pct}</span>
    </span>
  );
}

export function Reasons({ reasons }: { reasons: readonly string[] }) {
  const { t } = useApp();
  if (!reasons.length) return null;
  return (
    <ul className="reasons" aria-label={t('common.reasons')} data-testid="reasons">
      {reasons.map((r, i) => (
        <li key={i}>{r}</li>
      ))}
    </ul>
  );
}

export function ScoreParts({ parts }: { parts: readonly ScorePart[] }) {
  const { t, lang } = useApp();
  if (!parts.length) return null;
  const rows = partContributions(parts);
  const max = Math.max(...rows.map((r) => r.contribution), 0.0001);
  return (
    <details className="score-parts">
      <summary>{t('common.scoreParts')}</summary>
      <table>
        <tbody>
          {rows.map((r) => (
            <tr key={r.code}>
              <td>{partLabel(lang, r.code)}</td>
              <td className="num">
                {formatScore(r.value)} × {r.weight.toFixed(2)}
              </td>
              <td className="part-bar">
                <span style={{ width: `${(r.contribution / max) * 100}%` }} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}

/** The nodes of a chain as names joined by arrows, for list items. */
export function Chain({ names }: { names: readonly string[] }) {
  return (
    <span className="chain">
      {names.map((n, i) => (
        <span key={i}>
          {i > 0 && <span className="chain-arrow" aria-hidden="true"> → </span>}
          <span className="chain-node">{n}</span>
        </span>
      ))}
    </span>
  );
}
