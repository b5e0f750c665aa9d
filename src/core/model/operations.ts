import { compareAnnotations, type Annotation, type AnnotationTarget, type DismissedSuggestion } from './annotation';
import type { Sidecar } from './sidecar';

/** The fields of an annotation a person edits. `undefined` removes an optional field. */
export type AnnotationChanges = Partial<
  Pick<Annotation, 'kind' | 'speaker' | 'themes' | 'note' | 'links' | 'dismissedLinks' | 'author' | 'target'>
>;

/**
 * One change to a sidecar. Stores keep changes as operations, not as a finished file, so
 * they can be re-applied on top of a version someone else wrote in the meantime.
 */
export type SidecarOperation =
  | { readonly type: 'add'; readonly annotation: Annotation }
  /** A person's edit: sets the given fields and `modified`. */
  | { readonly type: 'update'; readonly id: string; readonly changes: AnnotationChanges; readonly modified: string }
  /** The anchor moved (edits, re-anchoring, re-attaching): not a person's edit, `modified` stays. */
  | { readonly type: 'relocate'; readonly id: string; readonly target: AnnotationTarget }
  | { readonly type: 'remove'; readonly id: string }
  | { readonly type: 'set-text-hash'; readonly textHash: string }
  | { readonly type: 'dismiss'; readonly suggestion: DismissedSuggestion };

export interface OperationOutcome {
  readonly sidecar: Sidecar;
  /** False when the operation no longer applies (its annotation was removed meanwhile). */
  readonly applied: boolean;
}

export function applySidecarOperation(sidecar: Sidecar, operation: SidecarOperation): OperationOutcome {
  switch (operation.type) {
    case 'add': {
      const others = sidecar.annotations.filter((a) => a.id !== operation.annotation.id);
      return { sidecar: withAnnotations(sidecar, [...others, operation.annotation]), applied: true };
    }
    case 'update':
      return replaceAnnotation(sidecar, operation.id, (a) =>
        dropUndefined({ ...a, ...operation.changes, modified: operation.modified }),
      );
    case 'relocate':
      return replaceAnnotation(sidecar, operation.id, (a) => ({ ...a, target: operation.target }));
    case 'remove': {
      const remaining = sidecar.annotations.filter((a) => a.id !== operation.id);
      if (remaining.length === sidecar.annotations.length) return { sidecar, applied: false };
      return { sidecar: { ...sidecar, annotations: remaining }, applied: true };
    }
    case 'set-text-hash':
      return { sidecar: { ...sidecar, textHash: operation.textHash }, applied: true };
    case 'dismiss': {
      const dismissed = sidecar.dismissed ?? [];
      const same = (d: DismissedSuggestion) =>
        d.exact === operation.suggestion.exact &&
        d.prefix === operation.suggestion.prefix &&
        d.suffix === operation.suggestion.suffix;
      if (dismissed.some(same)) return { sidecar, applied: true };
      return { sidecar: { ...sidecar, dismissed: [...dismissed, operation.suggestion] }, applied: true };
    }
  }
}

/** Applies operations in order; reports those that no longer applied. */
export function applySidecarOperations(
  sidecar: Sidecar,
  operations: readonly SidecarOperation[],
): { sidecar: Sidecar; skipped: SidecarOperation[] } {
  let current = sidecar;
  const skipped: SidecarOperation[] = [];
  for (const operation of operations) {
    const outcome = applySidecarOperation(current, operation);
    current = outcome.sidecar;
    if (!outcome.applied) skipped.push(operation);
  }
  return { sidecar: current, skipped };
}

function replaceAnnotation(
  sidecar: Sidecar,
  id: string,
  change: (annotation: Annotation) => Annotation,
): OperationOutcome {
  const index = sidecar.annotations.findIndex((a) => a.id === id);
  if (index < 0) return { sidecar, applied: false };
  const annotations = [...sidecar.annotations];
  annotations[index] = change(annotations[index]!);
  return { sidecar: withAnnotations(sidecar, annotations), applied: true };
}

function withAnnotations(sidecar: Sidecar, annotations: Annotation[]): Sidecar {
  return { ...sidecar, annotations: annotations.sort(compareAnnotations) };
}

function dropUndefined<T extends object>(value: T): T {
  const copy: Record<string, unknown> = { ...(value as Record<string, unknown>) };
  for (const key of Object.keys(copy)) if (copy[key] === undefined) delete copy[key];
  return copy as T;
}
