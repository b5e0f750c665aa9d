/** How many theme ids the "most recently used" list keeps. */
export const recentThemesLimit = 50;

/** The recent list after using `used` (the first of them ends up first), without duplicates, capped. */
export function recordRecentThemes(recent: readonly string[], used: readonly string[], limit = recentThemesLimit): string[] {
  const front = [...new Set(used)];
  return [...front, ...recent.filter((id) => !front.includes(id))].slice(0, limit);
}

/** Items ordered most recently used first; the rest keep their given order after them. */
export function orderByRecent<T>(items: readonly T[], idOf: (item: T) => string, recent: readonly string[]): T[] {
  const rank = new Map(recent.map((id, i) => [id, i]));
  return items
    .map((item, index) => ({ item, index, rank: rank.get(idOf(item)) ?? Number.POSITIVE_INFINITY }))
    .sort((a, b) => a.rank - b.rank || a.index - b.index)
    .map((entry) => entry.item);
}
