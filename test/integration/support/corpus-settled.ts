import type { MarginaliaApi } from '../../../src/extension';
import { until } from './until';

/**
 * Waits until the corpus was not read again and the file watcher delivered nothing for `quietMs`:
 * files earlier tests created or removed have been taken in, so a test can count what it causes.
 */
export async function corpusSettled(api: MarginaliaApi, quietMs = 1_000): Promise<void> {
  let last = `${api.corpus.reloads}/${api.corpus.diskChangeBatches}`;
  let quietSince = Date.now();
  await until(async () => {
    await api.corpus.ensureLoaded();
    const now = `${api.corpus.reloads}/${api.corpus.diskChangeBatches}`;
    if (now !== last) {
      last = now;
      quietSince = Date.now();
    }
    return Date.now() - quietSince > quietMs;
  }, 'the corpus to settle', 30_000);
}
