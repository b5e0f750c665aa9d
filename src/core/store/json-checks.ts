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

interface Visit {
  readonly value: object;
  readonly parent: Visit | undefined;
  readonly key: string;
  readonly depth: number;
}

/**
 * JSON Pointer of the first `__proto__` own key or of a value nested too deep, or undefined.
 * Runs on every sidecar read: only objects and arrays are visited, and a pointer is spelled out
 * only for the value found, from the chain of parents.
 */
function findUnsafeValue(root: unknown): { reason: 'proto' | 'depth'; pointer: string } | undefined {
  if (root === null || typeof root !== 'object') return undefined;
  const stack: Visit[] = [{ value: root, parent: undefined, key: '', depth: 0 }];
  while (stack.length > 0) {
    const visit = stack.pop()!;
    const { value, depth } = visit;
    if (depth >= maxNestingDepth) return { reason: 'depth', pointer: pointerOf(visit) };
    if (Array.isArray(value)) {
      value.forEach((item, i) => {
        if (item !== null && typeof item === 'object') stack.push({ value: item as object, parent: visit, key: String(i), depth: depth + 1 });
      });
      continue;
    }
    if (Object.prototype.hasOwnProperty.call(value, '__proto__')) return { reason: 'proto', pointer: `${pointerOf(visit)}/__proto__` };
    for (const [key, item] of Object.entries(value)) {
      if (item !== null && typeof item === 'object') stack.push({ value: item as object, parent: visit, key: key.replace(/~/g, '~0').replace(/\//g, '~1'), depth: depth + 1 });
    }
  }
  return undefined;
}

function pointerOf(visit: Visit): string {
  const keys: string[] = [];
  for (let at: Visit | undefined = visit; at?.parent; at = at.parent) keys.push(at.key);
  return keys.reverse().map((key) => `/${key}`).join('');
}
