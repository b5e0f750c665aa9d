const entities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text for an HTML element or a double-quoted attribute value: nothing in it can become markup. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => entities[c]!);
}

/** A theme colour for an SVG attribute: only `#rrggbb`, anything else becomes a neutral grey. */
export function safeColor(color: string | undefined): string {
  return color !== undefined && /^#[0-9a-fA-F]{6}$/.test(color) ? color.toLowerCase() : '#8b949e';
}
