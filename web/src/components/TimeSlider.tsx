// The time slider on the canvas of the views whose answers take an as-of date (explore, bridges, paths, diaspora):
// moving it re-asks the view's question as of the last day of that year (the date goes into the link); "now" asks
// without a date. Play steps a year at a time; when the user prefers reduced motion there is no auto-play, but the
// year buttons and the slider still step.
import { useEffect, useState } from 'react';
import { positionAsOf, playStart, sliderModel, step, timeView, viewAsOf, withAsOf } from '../core/time/time-slider.js';
import { useApp } from './app-context.js';
import { useDisplaySettings } from './display-settings.js';
import { Icon } from './Icon.js';

/** How long each year stays on screen while playing. */
const PLAY_STEP_MS = 2000;

export function TimeSlider() {
  const { state, update, t } = useApp();
  const { reducedMotion } = useDisplaySettings();
  const [playing, setPlaying] = useState(false);
  const view = timeView(state);
  const asOf = viewAsOf(state);

  useEffect(() => {
    setPlaying(false);
  }, [view]);
  useEffect(() => {
    if (reducedMotion) setPlaying(false);
  }, [reducedMotion]);
  useEffect(() => {
    if (!playing) return;
    const timer = window.setTimeout(() => {
      const next = step(asOf, 1);
      update((s) => withAsOf(s, next));
      if (next === null) setPlaying(false);
    }, PLAY_STEP_MS);
    return () => window.clearTimeout(timer);
  }, [playing, asOf, update]);

  if (!view) return null;
  const m = sliderModel(asOf);
  const label = m.isNow ? t('time.now') : t('time.year', { year: m.value });
  const go = (next: string | null) => update((s) => withAsOf(s, next));
  const play = () => {
    if (playing) {
      setPlaying(false);
      return;
    }
    if (asOf === null) go(playStart(null));
    setPlaying(true);
  };

  return (
    <div className="time-slider" role="group" aria-label={t('time.label')} data-testid="time-slider" data-as-of={asOf ?? ''}>
      <span className="time-label">{t('time.label')}</span>
      <button type="button" className="icon-btn" onClick={() => go(step(asOf, -1))} disabled={m.value <= m.min} aria-label={t('time.prev')} data-testid="time-prev">
        <Icon name="chevronLeft" />
      </button>
      <input
        type="range"
        min={m.min}
        max={m.max}
        step={1}
        value={m.value}
        onChange={(e) => go(positionAsOf(Number(e.target.value)))}
        aria-label={t('time.label')}
        aria-valuetext={label}
        data-testid="time-range"
      />
      <button type="button" className="icon-btn" onClick={() => go(step(asOf, 1))} disabled={m.isNow} aria-label={t('time.next')} data-testid="time-next">
        <Icon name="chevronRight" />
      </button>
      <output className="time-value" data-testid="time-value">
        {label}
      </output>
      <button
        type="button"
        className={`tool toggle${playing ? ' on' : ''}`}
        onClick={play}
        disabled={reducedMotion}
        aria-pressed={playing}
        title={reducedMotion ? t('time.reducedMotion') : undefined}
        data-testid="time-play"
      >
        <span>{playing ? t('time.pause') : t('time.play')}</span>
      </button>
      {reducedMotion && <span className="muted small">{t('time.reducedMotion')}</span>}
      {!m.isNow && (
        <button type="button" className="tool" onClick={() => go(null)} data-testid="time-now">
          <span>{t('time.backToNow')}</span>
        </button>
      )}
    </div>
  );
}
