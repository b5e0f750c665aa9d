/**
 * Changes a reload has already taken in: VS Code reports a file created, deleted or renamed
 * through the editor twice (its workspace events at once, the file watcher's a little later),
 * and reading a large corpus twice for one change is wasted. Entries are URIs; a file's entry is
 * used up by the one report it stands for, a folder's (a renamed folder) covers everything under it
 * until it expires, so a later change to the same files is not ignored.
 */
export class CoveredChanges {
  private readonly entries = new Map<string, number>();

  constructor(
    private readonly lifetimeMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  cover(uris: Iterable<string>): void {
    const until = this.now() + this.lifetimeMs;
    for (const uri of uris) this.entries.set(uri.replace(/\/+$/, ''), until);
  }

  /** Whether a reload since `cover` already saw this URI (or a folder holding it). */
  covers(uri: string): boolean {
    const now = this.now();
    for (const [covered, until] of this.entries) {
      if (until < now) {
        this.entries.delete(covered);
      } else if (uri === covered) {
        this.entries.delete(covered);
        return true;
      } else if (uri.startsWith(`${covered}/`)) {
        return true;
      }
    }
    return false;
  }
}
