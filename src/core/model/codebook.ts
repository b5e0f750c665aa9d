/** The codebook format this version of Marginalia reads and writes. */
export const currentCodebookVersion = 1;

/** `.marginalia/codebook.json`: the themes (codes) shared by the whole workspace. */
export interface Codebook {
  readonly version: 1;
  readonly themes: readonly Theme[];
  readonly speakers?: readonly SpeakerAlias[];
}

export interface Theme {
  /** Stable id referenced from annotations; never shown, never changes on rename. */
  readonly id: string;
  readonly label: string;
  /** `#rrggbb`. */
  readonly color: string;
  readonly description?: string;
  /** Id of the parent theme, for a hierarchy. */
  readonly parent?: string;
}

/** One speaker known under several names ("the minister", "Ms Okafor"). */
export interface SpeakerAlias {
  readonly name: string;
  readonly aliases: readonly string[];
}

export function emptyCodebook(): Codebook {
  return { version: 1, themes: [] };
}
