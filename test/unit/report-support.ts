// Hand-made corpora for the report tests: claims placed by hand, no documents on disk.
import type { ClaimStatus, IndexedClaim } from '../../src/core/corpus/corpus-index';
import type { AnnotationLink } from '../../src/core/model/annotation';
import type { ReportDocument } from '../../src/core/reports';

export interface HandClaim {
  readonly id: string;
  readonly at: [number, number];
  readonly themes?: readonly string[];
  readonly speaker?: string;
  readonly note?: string;
  readonly status?: ClaimStatus;
  readonly links?: readonly AnnotationLink[];
  readonly quote?: string;
}

export function claim(path: string, c: HandClaim): IndexedClaim {
  const [start, end] = c.at;
  return {
    annotation: {
      id: c.id,
      target: {
        selector: [
          { type: 'TextQuoteSelector', exact: c.quote ?? `quote ${c.id}`, prefix: '', suffix: '' },
          { type: 'TextPositionSelector', start, end },
        ],
      },
      themes: [...(c.themes ?? [])],
      ...(c.speaker !== undefined ? { speaker: c.speaker } : {}),
      ...(c.note !== undefined ? { note: c.note } : {}),
      ...(c.links ? { links: c.links } : {}),
      created: '2026-03-01T10:00:00.000Z',
      modified: '2026-03-01T10:00:00.000Z',
    },
    documentPath: path,
    status: c.status ?? 'anchored',
    start,
    end,
  };
}

export function doc(path: string, ...claims: HandClaim[]): ReportDocument {
  return { path, claims: claims.map((c) => claim(path, c)) };
}
