// The shortlist as the broker edits it: candidates in rank order, moved one place up or down, ranks renumbered
// from 1, and the ranked list with the people already on the shortlist marked, so one click cannot add twice.

/** The list with the item at `index` moved by `delta` places (clamped at the ends); the same list when it cannot move. */
export function moveItem<T>(list: readonly T[], index: number, delta: number): T[] {
  const to = Math.min(list.length - 1, Math.max(0, index + delta));
  if (index < 0 || index >= list.length || to === index) return [...list];
  const next = [...list];
  const [item] = next.splice(index, 1);
  next.splice(to, 0, item as T);
  return next;
}

/** Whether two orders of ids differ, so the "save order" control only shows when there is something to save. */
export function orderChanged(a: readonly string[], b: readonly string[]): boolean {
  return a.length !== b.length || a.some((id, i) => id !== b[i]);
}

/** Ids in `wanted` that are not yet on the shortlist, in order and without repeats. */
export function notYetListed(wanted: readonly string[], listed: readonly string[]): string[] {
  const seen = new Set(listed);
  const out: string[] = [];
  for (const id of wanted) {
    if (seen.has(id)) continue;
    seen.add(id);
    out.push(id);
  }
  return out;
}

/** Appends a page to what is already shown, keeping the first copy of an item that both hold. */
export function appendPage<T>(shown: readonly T[], page: readonly T[], key: (item: T) => string): T[] {
  const seen = new Set(shown.map(key));
  return [...shown, ...page.filter((item) => !seen.has(key(item)))];
}
