// The cross-reference index as it was before its per-claim structures were made compact (Sets,
// per-claim arrays and objects): the unit tests check the compact index gives the same answers.
import type { ClaimKind } from '../../../src/core/model/annotation';
import { scorePair, type PairScore, type ScoredClaim } from './similarity';
import { speakerKey, termsOf } from '../../../src/core/xref/terms';

/** A claim as the cross-reference index sees it. Offsets are code points, end exclusive. */
export interface XrefClaim {
  /** Unique in the index: an annotation id, or `path#start-end` for a detection. */
  readonly id: string;
  readonly path: string;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly kind: ClaimKind;
  readonly speaker: string | null;
}

export interface XrefMatch extends PairScore {
  readonly claim: XrefClaim;
}

export interface XrefPair extends PairScore {
  readonly a: XrefClaim;
  readonly b: XrefClaim;
}

/** Suggestions at or above this score are shown as "suggested" cross-references. */
export const defaultXrefThreshold = 0.45;

/** Scores below this are noise, even for ranking a claim's top k. */
const floorScore = 0.05;

interface Entry extends ScoredClaim {
  readonly content: Int32Array;
  readonly claim: XrefClaim;
  readonly slot: number;
}

/**
 * Similarity index over the claims of a corpus, updated one document at a time.
 *
 * Candidates come from an inverted index over stemmed content terms, rarest terms first, plus
 * the claim's own document and (when few) the speaker's other claims; only candidates are
 * scored. We chose this over MinHash/LSH (and over the `minhash` npm package, 0.0.x, untyped):
 * LSH finds pairs with high Jaccard similarity, but a paraphrase or a reported sentence often
 * shares only two or three rare words with its quote, which bands of hashed shingles miss unless
 * they are so small that LSH degenerates into this very index. The inverted index is exact,
 * trivially incremental, and term frequencies stay current for the inverse-frequency weights.
 *
 * Claims live in numbered slots and terms are interned as numbers so that scoring a candidate is
 * a merge of two short sorted arrays, without allocating.
 */
export class XrefIndex {
  private readonly slots: (Entry | undefined)[] = [];
  private readonly freeSlots: number[] = [];
  private readonly slotOf = new Map<string, number>();
  private readonly byDocument = new Map<string, number[]>();
  private readonly termIds = new Map<string, number>();
  private readonly postings: Set<number>[] = [];
  private readonly bySpeaker = new Map<string, Set<number>>();
  /** Weights are cached per term until the next change of the index. */
  private weightCache = new Float64Array(1024);
  private weightVersion = new Uint32Array(1024);
  private version = 1;
  private seen = new Uint32Array(1024);
  private seenStamp = 0;

  constructor(private readonly limits = { candidates: 2000, speakerClaims: 300 }) {}

  get size(): number {
    return this.slotOf.size;
  }

  get documents(): IterableIterator<string> {
    return this.byDocument.keys();
  }

  claim(id: string): XrefClaim | undefined {
    const slot = this.slotOf.get(id);
    return slot === undefined ? undefined : this.slots[slot]!.claim;
  }

  claimsOf(path: string): XrefClaim[] {
    return (this.byDocument.get(path) ?? []).map((slot) => this.slots[slot]!.claim);
  }

  /** Replaces every claim of one document (an empty list removes the document). */
  replaceDocument(path: string, claims: readonly XrefClaim[]): void {
    this.removeDocument(path);
    if (claims.length === 0) return;
    this.version++;
    const slots: number[] = [];
    for (const claim of claims) {
      if (claim.path !== path) throw new Error(`claim ${claim.id} belongs to ${claim.path}, not ${path}`);
      if (this.slotOf.has(claim.id)) throw new Error(`duplicate claim id ${claim.id}`);
      const terms = termsOf(claim.text);
      const content = Int32Array.from(terms.content, (term) => this.internTerm(term)).sort();
      const slot = this.freeSlots.pop() ?? this.slots.length;
      const entry: Entry = { claim, slot, path, kind: claim.kind, speaker: speakerKey(claim.speaker), content, pairs: terms.pairs, length: terms.length };
      this.slots[slot] = entry;
      this.slotOf.set(claim.id, slot);
      slots.push(slot);
      for (const term of content) this.postings[term]!.add(slot);
      if (entry.speaker) addTo(this.bySpeaker, entry.speaker, slot);
    }
    this.byDocument.set(path, slots);
  }

  removeDocument(path: string): void {
    const slots = this.byDocument.get(path);
    if (!slots) return;
    this.version++;
    for (const slot of slots) {
      const entry = this.slots[slot]!;
      for (const term of entry.content) this.postings[term]!.delete(slot);
      if (entry.speaker) removeFrom(this.bySpeaker, entry.speaker, slot);
      this.slotOf.delete(entry.claim.id);
      this.slots[slot] = undefined;
      this.freeSlots.push(slot);
    }
    this.byDocument.delete(path);
  }

  /** Score of two indexed claims, with its reason. */
  compare(a: string, b: string): PairScore {
    const ea = this.entryOf(a);
    const eb = this.entryOf(b);
    return scorePair(ea, eb, this.weightOf);
  }

  /** The `k` claims most similar to an indexed claim, best first. */
  query(id: string, k: number, minScore = floorScore): XrefMatch[] {
    const entry = this.entryOf(id);
    const matches: XrefMatch[] = [];
    for (const slot of this.candidatesOf(entry)) {
      const other = this.slots[slot]!;
      const scored = scorePair(entry, other, this.weightOf);
      if (scored.score >= minScore) matches.push({ claim: other.claim, ...scored });
    }
    // Ties (often claims sharing only the speaker) go to the claim's own document first: a lede
    // or a reported sentence usually summarises a quote of the same report.
    const own = (m: XrefMatch) => (m.claim.path === entry.path ? 0 : 1);
    matches.sort((x, y) => y.score - x.score || own(x) - own(y) || compareClaims(x.claim, y.claim));
    return matches.slice(0, k);
  }

  /** Every unordered pair scoring at least `threshold`, best first. */
  pairs(threshold = defaultXrefThreshold): XrefPair[] {
    const out: XrefPair[] = [];
    const seen = new Set<string>();
    for (const id of this.slotOf.keys()) {
      const claim = this.claim(id)!;
      for (const match of this.query(id, Number.POSITIVE_INFINITY, threshold)) {
        // Candidate lists are capped, so a pair may be found from one side only: collect both ways.
        const [a, b] = compareClaims(claim, match.claim) < 0 ? [claim, match.claim] : [match.claim, claim];
        const key = `${a.id}\n${b.id}`;
        if (seen.has(key)) continue;
        seen.add(key);
        out.push({ a, b, score: match.score, reason: match.reason });
      }
    }
    return out.sort((x, y) => y.score - x.score || compareClaims(x.a, y.a) || compareClaims(x.b, y.b));
  }

  private entryOf(id: string): Entry {
    const slot = this.slotOf.get(id);
    if (slot === undefined) throw new Error(`unknown claim ${id}`);
    return this.slots[slot]!;
  }

  private internTerm(term: string): number {
    let id = this.termIds.get(term);
    if (id === undefined) {
      id = this.postings.length;
      this.termIds.set(term, id);
      this.postings.push(new Set());
    }
    return id;
  }

  private readonly weightOf = (term: number): number => {
    if (term >= this.weightCache.length) {
      const size = Math.max(term + 1, this.weightCache.length * 2);
      const cache = new Float64Array(size);
      cache.set(this.weightCache);
      const version = new Uint32Array(size);
      version.set(this.weightVersion);
      this.weightCache = cache;
      this.weightVersion = version;
    }
    if (this.weightVersion[term] === this.version) return this.weightCache[term]!;
    const weight = Math.log(1 + (this.slotOf.size + 1) / (this.postings[term]!.size + 1));
    this.weightCache[term] = weight;
    this.weightVersion[term] = this.version;
    return weight;
  };

  /** Candidate slots: deduplicated with a stamp array rather than a Set (this runs on every query). */
  private candidatesOf(entry: Entry): number[] {
    if (this.seen.length < this.slots.length) this.seen = new Uint32Array(this.slots.length * 2);
    const stamp = ++this.seenStamp;
    const found: number[] = [];
    const add = (slot: number) => {
      if (this.seen[slot] === stamp) return;
      this.seen[slot] = stamp;
      found.push(slot);
    };
    add(entry.slot);
    const terms = [...entry.content].sort((x, y) => this.postings[x]!.size - this.postings[y]!.size);
    for (const term of terms) {
      if (found.length > this.limits.candidates) break;
      for (const slot of this.postings[term]!) add(slot);
    }
    for (const slot of this.byDocument.get(entry.path) ?? []) add(slot);
    const speakerClaims = entry.speaker ? this.bySpeaker.get(entry.speaker) : undefined;
    if (speakerClaims && speakerClaims.size <= this.limits.speakerClaims) for (const slot of speakerClaims) add(slot);
    return found.slice(1);
  }
}

export function compareClaims(a: XrefClaim, b: XrefClaim): number {
  return (a.path < b.path ? -1 : a.path > b.path ? 1 : 0) || a.start - b.start || a.end - b.end || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

function addTo(map: Map<string, Set<number>>, key: string, id: number): void {
  let set = map.get(key);
  if (!set) map.set(key, (set = new Set()));
  set.add(id);
}

function removeFrom(map: Map<string, Set<number>>, key: string, id: number): void {
  const set = map.get(key);
  if (!set) return;
  set.delete(id);
  if (set.size === 0) map.delete(key);
}
