// The user's display settings that outlive a visit (kept in the browser, not in shared links): the node style's
// contrast. "auto" follows the system's `prefers-contrast: more`; a toggle stores an explicit choice, and a toggle
// back to what the system asks for returns to "auto", so a later change of the system setting is followed again.
// Motion is not stored: `prefers-reduced-motion` alone decides it.

export type ContrastChoice = 'auto' | 'more' | 'normal';

export interface DisplaySettings {
  contrast: ContrastChoice;
}

export const DEFAULT_DISPLAY_SETTINGS: DisplaySettings = { contrast: 'auto' };

/** Settings from their stored form; anything damaged or unknown falls back to the defaults. */
export function readDisplaySettings(raw: string | null | undefined): DisplaySettings {
  if (!raw) return { ...DEFAULT_DISPLAY_SETTINGS };
  try {
    const v = JSON.parse(raw) as { contrast?: unknown };
    const contrast = v && typeof v === 'object' && (v.contrast === 'more' || v.contrast === 'normal' || v.contrast === 'auto') ? v.contrast : 'auto';
    return { contrast };
  } catch {
    return { ...DEFAULT_DISPLAY_SETTINGS };
  }
}

export function writeDisplaySettings(s: DisplaySettings): string {
  return JSON.stringify({ contrast: s.contrast });
}

export function isHighContrast(choice: ContrastChoice, systemPrefersMore: boolean): boolean {
  return choice === 'auto' ? systemPrefersMore : choice === 'more';
}

/** The choice after the user flips the high-contrast toggle. */
export function toggledContrast(choice: ContrastChoice, systemPrefersMore: boolean): ContrastChoice {
  const next = !isHighContrast(choice, systemPrefersMore);
  return next === systemPrefersMore ? 'auto' : next ? 'more' : 'normal';
}
