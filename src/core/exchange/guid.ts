import { createHash } from 'node:crypto';

/**
 * A GUID derived from a name (a UUID version 5 shape over SHA-1), so exporting the same
 * annotations twice gives the same GUIDs and tools that re-import recognise their objects.
 * `kind` keeps ids of different objects apart (a theme and a claim may share an id).
 */
export function guidFor(kind: string, id: string): string {
  const bytes = createHash('sha1').update(`marginalia:${kind}:${id}`, 'utf8').digest().subarray(0, 16);
  bytes[6] = (bytes[6]! & 0x0f) | 0x50;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** GUIDs compare without braces and case (both forms are valid in QDA-XML). */
export function normalizeGuid(guid: string): string {
  return guid.trim().replace(/^\{|\}$/g, '').toLowerCase();
}
