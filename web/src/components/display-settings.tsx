// The user's display settings for React: the high-contrast node style (a toggle stored in this browser, else the
// system's `prefers-contrast: more`) and reduced motion (the system's `prefers-reduced-motion`). They are handed to
// the canvas controller and mirrored on <html> as data-contrast / data-motion for the style sheet.
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { isHighContrast, readDisplaySettings, toggledContrast, writeDisplaySettings, type ContrastChoice } from '../core/a11y/display-settings.js';
import { useApp } from './app-context.js';

const STORAGE_KEY = 'talent-bridge.display';

export interface DisplaySettingsValue {
  highContrast: boolean;
  reducedMotion: boolean;
  toggleContrast(): void;
}

const DisplayContext = createContext<DisplaySettingsValue>({ highContrast: false, reducedMotion: false, toggleContrast: () => {} });

export function useDisplaySettings(): DisplaySettingsValue {
  return useContext(DisplayContext);
}

function useMediaQuery(query: string): boolean {
  const [matches, setMatches] = useState(() => typeof window !== 'undefined' && typeof window.matchMedia === 'function' && window.matchMedia(query).matches);
  useEffect(() => {
    if (typeof window.matchMedia !== 'function') return;
    const mq = window.matchMedia(query);
    const onChange = () => setMatches(mq.matches);
    onChange();
    mq.addEventListener('change', onChange);
    return () => mq.removeEventListener('change', onChange);
  }, [query]);
  return matches;
}

function storedChoice(): ContrastChoice {
  try {
    return readDisplaySettings(localStorage.getItem(STORAGE_KEY)).contrast;
  } catch {
    return 'auto';
  }
}

export function DisplaySettingsProvider({ children }: { children: ReactNode }) {
  const { canvas } = useApp();
  const prefersMore = useMediaQuery('(prefers-contrast: more)');
  const reducedMotion = useMediaQuery('(prefers-reduced-motion: reduce)');
  const [choice, setChoice] = useState<ContrastChoice>(storedChoice);
  const highContrast = isHighContrast(choice, prefersMore);

  useEffect(() => {
    canvas.setDisplay({ highContrast, reducedMotion });
    document.documentElement.dataset.contrast = highContrast ? 'more' : 'normal';
    document.documentElement.dataset.motion = reducedMotion ? 'reduced' : 'full';
  }, [canvas, highContrast, reducedMotion]);

  const toggleContrast = useCallback(() => {
    setChoice((c) => {
      const next = toggledContrast(c, prefersMore);
      try {
        if (next === 'auto') localStorage.removeItem(STORAGE_KEY);
        else localStorage.setItem(STORAGE_KEY, writeDisplaySettings({ contrast: next }));
      } catch {
        // Storage refused (private mode): the choice holds for this visit.
      }
      return next;
    });
  }, [prefersMore]);

  const value = useMemo(() => ({ highContrast, reducedMotion, toggleContrast }), [highContrast, reducedMotion, toggleContrast]);
  return <DisplayContext.Provider value={value}>{children}</DisplayContext.Provider>;
}
