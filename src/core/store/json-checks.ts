import { jsonErrorOffset } from './json-error-offset';
import { problem, type ParseResult } from './problems';

/** Sidecars of even very large documents stay far below this (in UTF-16 units). */
export const maxFileLength = 32 * 1024 * 1024;
/** Real files nest about 6 levels; far deeper values would overflow the recursive writer and schema check. */
export const maxNestingDepth = 100;

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
      `${file} contains git conflict markers (line ${at.line}). Run “Marginalia: Resolve Annotation Conflict” to merge both sides by id, or resolve it by hand; Marginalia will not write to it until then.`,
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
  const unsafe = findUnsafeValue(value);
  if (unsafe?.reason === 'proto') {
    return problem(file, 'schema', `${file} has a "__proto__" key at ${unsafe.pointer || '/'}, which Marginalia refuses to read. Remove it.`, { pointer: unsafe.pointer });
  }
  if (unsafe?.reason === 'depth') {
    return problem(file, 'schema', `${file} nests values more than ${maxNestingDepth} levels deep (at ${unsafe.pointer.slice(0, 80)}…), which no ${what} does; it was not read. Check that it is the right file.`, { pointer: unsafe.pointer });
  }
  return { ok: true, value };
}

/** JSON Pointer of the first `__proto__` own key or of a value nested too deep, or undefined. */
function findUnsafeValue(root: unknown): { reason: 'proto' | 'depth'; pointer: string } | undefined {
  const stack: { value: unknown; pointer: string; depth: number }[] = [{ value: root, pointer: '', depth: 0 }];
  while (stack.length > 0) {
    const { value, pointer, depth } = stack.pop()!;
    if (value === null || typeof value !== 'object') continue;
    if (depth >= maxNestingDepth) return { reason: 'depth', pointer };
    if (Array.isArray(value)) {
      value.forEach((item, i) => stack.push({ value: item, pointer: `${pointer}/${i}`, depth: depth + 1 }));
      continue;
    }
    if (Object.prototype.hasOwnProperty.call(value, '__proto__')) return { reason: 'proto', pointer: `${pointer}/__proto__` };
    for (const [key, item] of Object.entries(value)) {
      stack.push({ value: item, pointer: `${pointer}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`, depth: depth + 1 });
    }
  }
  return undefined;
}
