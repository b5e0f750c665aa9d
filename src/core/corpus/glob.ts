/**
 * Matches '/'-separated relative paths against the glob patterns of the `marginalia.corpus.*`
 * settings, with the syntax VS Code's settings use: `*` and `?` within one path segment, `**`
 * across segments (`**\/` also matches nothing), `{a,b}` alternatives (nestable) and `[...]`
 * character ranges (`[!...]` negated). The extension lists corpus folders itself (workspace.fs
 * works in virtual workspaces, where `workspace.findFiles` finds nothing), so it needs the matcher.
 * Written here rather than taken from picomatch or minimatch: they hide dot-files unless told,
 * and picomatch 4 did not match `[!0-9]` ranges the way VS Code does (tried against the unit tests).
 */
export type PathMatcher = (relativePath: string) => boolean;

const cache = new Map<string, PathMatcher>();

export function globMatcher(glob: string): PathMatcher {
  let matcher = cache.get(glob);
  if (!matcher) {
    const pattern = new RegExp(`^(?:${translate(glob.trim().replace(/^\.\//, ''))})$`);
    matcher = (relativePath) => pattern.test(relativePath);
    cache.set(glob, matcher);
  }
  return matcher;
}

function translate(glob: string): string {
  let out = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]!;
    if (c === '*') {
      if (glob[i + 1] !== '*') {
        out += '[^/]*';
        continue;
      }
      i++;
      const atSegmentStart = i === 1 || glob[i - 2] === '/';
      if (glob[i + 1] === '/' && atSegmentStart) {
        out += '(?:[^/]*/)*';
        i++;
      } else if (i + 1 === glob.length && glob[i - 2] === '/') {
        // `x/**` also matches `x` itself: drop the '/' already written and make it optional.
        out = `${out.slice(0, -1)}(?:/.*)?`;
      } else {
        out += '.*';
      }
    } else if (c === '?') {
      out += '[^/]';
    } else if (c === '{') {
      const end = closingBrace(glob, i);
      if (end < 0) {
        out += '\\{';
        continue;
      }
      out += `(?:${splitAlternatives(glob.slice(i + 1, end)).map(translate).join('|')})`;
      i = end;
    } else if (c === '[') {
      const end = glob.indexOf(']', i + 2);
      if (end < 0) {
        out += '\\[';
        continue;
      }
      const body = glob.slice(i + 1, end);
      const negated = body.startsWith('!') || body.startsWith('^');
      const chars = (negated ? body.slice(1) : body).replace(/[\\\]^]/g, '\\$&');
      out += negated ? `[^/${chars}]` : `[${chars}]`;
      i = end;
    } else {
      out += c.replace(/[.+^$()|\\\]]/g, '\\$&');
    }
  }
  return out;
}

function closingBrace(glob: string, open: number): number {
  let depth = 0;
  for (let i = open; i < glob.length; i++) {
    if (glob[i] === '{') depth++;
    else if (glob[i] === '}' && --depth === 0) return i;
  }
  return -1;
}

/** Splits `a,b{c,d},e` at the commas outside nested braces. */
function splitAlternatives(body: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < body.length; i++) {
    if (body[i] === '{') depth++;
    else if (body[i] === '}') depth--;
    else if (body[i] === ',' && depth === 0) {
      parts.push(body.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(body.slice(start));
  return parts;
}
