import type { ClaimKind } from '../model/annotation';
import { grown, PostingLists } from './posting-lists';
import { scorePair, type PairScore, type ScoredClaim } from './similarity';
import { TermArena } from './term-arena';
import { speakerKey, termsOf } from './terms';

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

/** One indexed claim as the scorer sees it; the index refills two of these rather than keeping one per claim. */
class SlotView implements ScoredClaim {
  path = '';
  kind: ClaimKind = 'quote';
  speaker: string | null = null;
  terms: Int32Array = new Int32Array(0);
  contentStart = 0;
  contentEnd = 0;
  pairsEnd = 0;
  length = 0;
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
 * Claims live in numbered slots; terms and folded speakers are interned once as numbers. What
 * the index keeps per claim is numbers in shared typed arrays (its terms in a `TermArena`, its
 * slot in sorted `PostingLists`, its speaker and word count in per-slot arrays), about a quarter
 * of the memory of per-claim objects, Sets and arrays, and scoring a candidate is a merge of two
 * sorted runs of that arena, without allocating.
 */
export class XrefIndex {
  private readonly claims: (XrefClaim | undefined)[] = [];
  private readonly freeSlots: number[] = [];
  private readonly slotOf = new Map<string, number>();
  private readonly byDocument = new Map<string, number[]>();
  private readonly terms = new TermArena();
  /** Per slot: number of content terms at the start of its arena block. */
  private contentCounts = new Int32Array(64);
  /** Per slot: number of words. */
  private wordCounts = new Int32Array(64);
  /** Per slot: speaker id, or -1. */
  private speakerOf = new Int32Array(64);
  private readonly termIds = new Map<string, number>();
  private readonly postings = new PostingLists();
  private readonly speakerIds = new Map<string, number>();
  private readonly speakerKeys: string[] = [];
  private readonly bySpeaker = new PostingLists();
  private readonly viewA = new SlotView();
  private readonly viewB = new SlotView();
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
    return slot === undefined ? undefined : this.claims[slot]!;
  }

  claimsOf(path: string): XrefClaim[] {
    return (this.byDocument.get(path) ?? []).map((slot) => this.claims[slot]!);
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
      const slot = this.freeSlots.pop() ?? this.claims.length;
      this.claims[slot] = claim;
      this.slotOf.set(claim.id, slot);
      slots.push(slot);
      if (slot >= this.wordCounts.length) {
        this.contentCounts = grown(this.contentCounts, slot + 1);
        this.wordCounts = grown(this.wordCounts, slot + 1);
        this.speakerOf = grown(this.speakerOf, slot + 1);
      }
      this.terms.put(slot, content, terms.pairs);
      this.contentCounts[slot] = content.length;
      this.wordCounts[slot] = terms.length;
      for (const term of content) this.postings.add(term, slot);
      const speaker = speakerKey(claim.speaker);
      this.speakerOf[slot] = speaker === null ? -1 : this.internSpeaker(speaker);
      if (speaker !== null) this.bySpeaker.add(this.speakerOf[slot]!, slot);
    }
    this.byDocument.set(path, slots);
  }

  removeDocument(path: string): void {
    const slots = this.byDocument.get(path);
    if (!slots) return;
    this.version++;
    const arena = this.terms.array;
    for (const slot of slots) {
      const start = this.terms.start(slot);
      for (let k = start; k < start + this.contentCounts[slot]!; k++) this.postings.remove(arena[k]!, slot);
      if (this.speakerOf[slot] !== -1) this.bySpeaker.remove(this.speakerOf[slot]!, slot);
      this.terms.remove(slot);
      this.slotOf.delete(this.claims[slot]!.id);
      this.claims[slot] = undefined;
      this.freeSlots.push(slot);
    }
    this.byDocument.delete(path);
  }

  /** Score of two indexed claims, with its reason. */
  compare(a: string, b: string): PairScore {
    return scorePair(this.view(this.viewA, this.slotOrThrow(a)), this.view(this.viewB, this.slotOrThrow(b)), this.weightOf);
  }

  /** The `k` claims most similar to an indexed claim, best first. */
  query(id: string, k: number, minScore = floorScore): XrefMatch[] {
    const slot = this.slotOrThrow(id);
    const entry = this.view(this.viewA, slot);
    const matches: XrefMatch[] = [];
    for (const candidate of this.candidatesOf(slot)) {
      const scored = scorePair(entry, this.view(this.viewB, candidate), this.weightOf);
      if (scored.score >= minScore) matches.push({ claim: this.claims[candidate]!, ...scored });
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

  private slotOrThrow(id: string): number {
    const slot = this.slotOf.get(id);
    if (slot === undefined) throw new Error(`unknown claim ${id}`);
    return slot;
  }

  /** Fills `view` with the claim of `slot`. */
  private view(view: SlotView, slot: number): SlotView {
    const claim = this.claims[slot]!;
    view.path = claim.path;
    view.kind = claim.kind;
    view.speaker = this.speakerOf[slot] === -1 ? null : this.speakerKeys[this.speakerOf[slot]!]!;
    view.terms = this.terms.array;
    view.contentStart = this.terms.start(slot);
    view.contentEnd = view.contentStart + this.contentCounts[slot]!;
    view.pairsEnd = view.contentStart + this.terms.length(slot);
    view.length = this.wordCounts[slot]!;
    return view;
  }

  private internTerm(term: string): number {
    let id = this.termIds.get(term);
    if (id === undefined) {
      id = this.postings.addKey();
      this.termIds.set(term, id);
    }
    return id;
  }

  private internSpeaker(speaker: string): number {
    let id = this.speakerIds.get(speaker);
    if (id === undefined) {
      id = this.bySpeaker.addKey();
      this.speakerIds.set(speaker, id);
      this.speakerKeys.push(speaker);
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
    const weight = Math.log(1 + (this.slotOf.size + 1) / (this.postings.size(term) + 1));
    this.weightCache[term] = weight;
    this.weightVersion[term] = this.version;
    return weight;
  };

  /** Candidate slots: deduplicated with a stamp array rather than a Set (this runs on every query). */
  private candidatesOf(slot: number): number[] {
    if (this.seen.length < this.claims.length) this.seen = new Uint32Array(this.claims.length * 2);
    const stamp = ++this.seenStamp;
    const found: number[] = [];
    const add = (candidate: number) => {
      if (this.seen[candidate] === stamp) return;
      this.seen[candidate] = stamp;
      found.push(candidate);
    };
    add(slot);
    const start = this.terms.start(slot);
    const terms = Array.from(this.terms.array.subarray(start, start + this.contentCounts[slot]!));
    terms.sort((x, y) => this.postings.size(x) - this.postings.size(y));
    for (const term of terms) {
      if (found.length > this.limits.candidates) break;
      const list = this.postings.list(term);
      for (let k = 0, size = this.postings.size(term); k < size; k++) add(list[k]!);
    }
    for (const other of this.byDocument.get(this.claims[slot]!.path) ?? []) add(other);
    const speaker = this.speakerOf[slot]!;
    if (speaker !== -1 && this.bySpeaker.size(speaker) <= this.limits.speakerClaims) {
      const list = this.bySpeaker.list(speaker);
      for (let k = 0, size = this.bySpeaker.size(speaker); k < size; k++) add(list[k]!);
    }
    return found.slice(1);
  }
}

export function compareClaims(a: XrefClaim, b: XrefClaim): number {
  return (a.path < b.path ? -1 : a.path > b.path ? 1 : 0) || a.start - b.start || a.end - b.end || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}
