// `npm run test:setup`: installs (once, into the cache) what the host tiers and the grammar unit
// tests need: Node 24 and code-server, whose Markdown grammar the injection grammar is tested on.
import { ensureCodeServer, ensureNode24 } from './install';

async function main(): Promise<void> {
  await ensureNode24();
  const codeServer = await ensureCodeServer();
  console.log(`[setup] code-server ${codeServer.version} ready`);
}

main().catch((error: unknown) => {
  console.error('[setup]', error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
