// Keys of a row of tabs (WAI-ARIA tabs pattern): the arrows move to the previous or next tab and wrap around, Home
// and End go to the ends. Only the chosen tab sits in the Tab order; the arrows move within the row.

/** The tab index after a key, or null when the key is not one the tab row handles. */
export function nextTabIndex(current: number, count: number, key: string): number | null {
  if (count <= 0) return null;
  switch (key) {
    case 'ArrowRight':
    case 'ArrowDown':
      return (current + 1) % count;
    case 'ArrowLeft':
    case 'ArrowUp':
      return (current - 1 + count) % count;
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return null;
  }
}
