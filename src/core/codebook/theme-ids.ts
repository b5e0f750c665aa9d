/**
 * A new theme's id: a readable slug of its label (ids appear in every sidecar, so readable ids keep
 * git diffs readable), made unique with a number. The id never changes when the label does.
 */
export function themeIdFor(label: string, existingIds: Iterable<string>): string {
  const taken = new Set(existingIds);
  const slug =
    label
      .normalize('NFKC')
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 48)
      .replace(/-+$/, '') || 'theme';
  if (!taken.has(slug)) return slug;
  for (let n = 2; ; n++) if (!taken.has(`${slug}-${n}`)) return `${slug}-${n}`;
}
