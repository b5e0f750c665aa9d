import { jsonErrorOffset } from './json-error-offset';
import { problem, type ParseResult } from './problems';

/** Sidecars of even very large documents stay far below this (in UTF-16 units). */
export const maxFileLength = 32 * 1024 * 1024;

const conflictMarker = /^(<{7}|\|{7}|={7}|>{7})(?:[ \t].*)?\r?$/m;

/** 1-based line and column of a UTF-16 offset. */
export function lineColumnAt(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

/**
 * Size guard, git conflict markers, JSON syntax and `__proto__` keys, in that order. Conflict
 * markers are looked for before parsing: a conflicted file is not JSON, and "unexpected
 * token <" would hide the real cause.
 */
export function parseJsonFile(text: string, file: string, what: string): ParseResult<unknown> {
  if (text.length > maxFileLength) {
    return problem(file, 'too-large', `${file} is ${Math.round(text.length / 1048576)} MB, too large for a ${what}; it was not read. Check that it is the right file.`);
  }
  const marker = conflictMarker.exec(text);
  if (marker) {
    const at = lineColumnAt(text, marker.index);
    return problem(
      file,
      'conflict',
      `${file} contains git conflict markers (line ${at.line}). Resolve the conflict (keep the annotations of both sides) and save the file; Marginalia will not write to it until then.`,
      at,
    );
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const at = lineColumnAt(text, jsonErrorOffset(text));
    const reason = message.replace(/\s*\(line \d+ column \d+\)$/, '');
    return problem(
      file,
      'json',
      `${file} is not valid JSON at line ${at.line}, column ${at.column} (${reason}). Fix it by hand or restore it from git; Marginalia will not write to it until then.`,
      at,
    );
  }
  const unsafe = findUnsafeKey(value);
  if (unsafe !== undefined) {
    return problem(file, 'schema', `${file} has a "__proto__" key at ${unsafe || '/'}, which Marginalia refuses to read. Remove it.`, { pointer: unsafe });
  }
  return { ok: true, value };
}

/** JSON Pointer of the first `__proto__` own key, or undefined. */
function findUnsafeKey(root: unknown): string | undefined {
  const stack: { value: unknown; pointer: string }[] = [{ value: root, pointer: '' }];
  while (stack.length > 0) {
    const { value, pointer } = stack.pop()!;
    if (value === null || typeof value !== 'object') continue;
    if (Array.isArray(value)) {
      value.forEach((item, i) => stack.push({ value: item, pointer: `${pointer}/${i}` }));
      continue;
    }
    if (Object.prototype.hasOwnProperty.call(value, '__proto__')) return `${pointer}/__proto__`;
    for (const [key, item] of Object.entries(value)) {
      stack.push({ value: item, pointer: `${pointer}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}` });
    }
  }
  return undefined;
}
