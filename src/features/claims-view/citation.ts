/**
 * “Copy Quote with Citation”: the quote, who said it, and where and when it was published, in a
 * Chicago-like shape: `“Quote.” — Speaker, “Title”, path/to/document.md, 5 March 2026.`
 * Parts that are unknown are left out.
 */

export interface CitationSource {
  readonly quote: string;
  readonly speaker?: string;
  /** Workspace-relative path of the document. */
  readonly documentPath: string;
  /** The document's text, to find its title and date. */
  readonly text: string;
}

const months = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const monthNames = months.map((m) => m[0]!.toUpperCase() + m.slice(1));
const monthPattern = `(${months.join('|')}|${months.map((m) => m.slice(0, 3)).join('|')})\\.?`;
/** How far into a document a dateline is looked for. */
const datelineWindow = 800;

export function formatCitation(source: CitationSource): string {
  const title = documentTitle(source.text, source.documentPath);
  const date = documentDate(source.text, source.documentPath);
  const quote = unquoted(source.quote.replace(/\s+/g, ' ').trim());
  const parts = [source.speaker?.trim(), title && `“${title}”`, source.documentPath, date && formatDate(date)];
  return `“${quote}” — ${parts.filter((part): part is string => Boolean(part)).join(', ')}.`;
}

export interface DocumentDate {
  readonly year: number;
  /** 1–12. */
  readonly month: number;
  readonly day: number;
}

/** The date from front matter (`date:`), else the first full date near the top (a dateline), else a `yyyy-mm-dd` in the file name. */
export function documentDate(text: string, documentPath: string): DocumentDate | undefined {
  const fromFrontMatter = frontMatterField(text, 'date');
  const parsedFrontMatter = fromFrontMatter && isoDate(fromFrontMatter);
  if (parsedFrontMatter) return parsedFrontMatter;
  const opening = text.slice(0, datelineWindow);
  return writtenDate(opening) ?? isoDate(opening) ?? isoDate(documentPath.slice(documentPath.lastIndexOf('/') + 1));
}

/** The front-matter `title:`, else a Markdown document's first `# heading`. */
export function documentTitle(text: string, documentPath: string): string | undefined {
  const fromFrontMatter = frontMatterField(text, 'title');
  if (fromFrontMatter) return fromFrontMatter;
  if (!/\.(md|markdown)$/i.test(documentPath)) return undefined;
  const heading = /^#[ \t]+(.+?)[ \t#]*$/m.exec(withoutFrontMatter(text));
  return heading?.[1]?.trim() || undefined;
}

export function formatDate(date: DocumentDate): string {
  return `${date.day} ${monthNames[date.month - 1]} ${date.year}`;
}

function frontMatterField(text: string, field: string): string | undefined {
  const block = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---\r?\n/.exec(text)?.[1];
  if (!block) return undefined;
  const line = new RegExp(`^${field}:[ \\t]*(.+)$`, 'mi').exec(block)?.[1]?.trim();
  return line ? line.replace(/^(["'])(.*)\1$/, '$2').trim() || undefined : undefined;
}

function withoutFrontMatter(text: string): string {
  return text.replace(/^\uFEFF?---\r?\n[\s\S]*?\r?\n---\r?\n/, '');
}

function isoDate(text: string): DocumentDate | undefined {
  const match = /(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)/.exec(text);
  return match ? valid(Number(match[1]), Number(match[2]), Number(match[3])) : undefined;
}

/** `6 March 2026` or `March 6, 2026`. */
function writtenDate(text: string): DocumentDate | undefined {
  const dayFirst = new RegExp(`(?<!\\d)(\\d{1,2})\\s+${monthPattern}\\s+(\\d{4})(?!\\d)`, 'i').exec(text);
  const monthFirst = new RegExp(`\\b${monthPattern}\\s+(\\d{1,2}),?\\s+(\\d{4})(?!\\d)`, 'i').exec(text);
  const first = [dayFirst, monthFirst].filter((m): m is RegExpExecArray => m !== null).sort((a, b) => a.index - b.index)[0];
  if (!first) return undefined;
  const [day, month, year] = first === dayFirst ? [first[1], first[2], first[3]] : [first[2], first[1], first[3]];
  return valid(Number(year), monthNumber(month!), Number(day));
}

function monthNumber(name: string): number {
  const short = name.toLowerCase().slice(0, 3);
  return months.findIndex((m) => m.startsWith(short)) + 1;
}

function valid(year: number, month: number, day: number): DocumentDate | undefined {
  if (month < 1 || month > 12 || day < 1 || day > 31 || year < 1000) return undefined;
  return { year, month, day };
}

/** Drops quotation marks around the whole text, so the citation does not double them. */
function unquoted(text: string): string {
  const match = /^["“«„‘'](.*)["”»“’']$/su.exec(text);
  return match && !/["“”«»„]/u.test(match[1]!) ? match[1]!.trim() : text;
}
