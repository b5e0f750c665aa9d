// One place that knows what to tear down: the code-server process group, Chromium, temp dirs.
// Every launcher registers its teardown here, so a normal end, a thrown error and Ctrl-C
// (SIGINT/SIGTERM) all end the processes they started.

interface Teardown {
  /** Best effort, awaited on a normal end or a signal. */
  readonly async: () => Promise<void>;
  /** Synchronous last resort from process.on('exit'), where nothing can be awaited. */
  readonly sync: () => void;
}

const teardowns: Teardown[] = [];
let handlersInstalled = false;
let signalled = false;

export function onCleanup(teardown: Teardown): () => void {
  installHandlers();
  teardowns.push(teardown);
  return () => {
    const index = teardowns.indexOf(teardown);
    if (index >= 0) teardowns.splice(index, 1);
  };
}

/** Runs every registered teardown, newest first (browser before server). */
export async function cleanupAll(): Promise<void> {
  while (teardowns.length > 0) {
    const teardown = teardowns.pop();
    try {
      await teardown?.async();
    } catch (error) {
      console.error('[host] cleanup failed:', error);
      teardown?.sync();
    }
  }
}

function installHandlers(): void {
  if (handlersInstalled) return;
  handlersInstalled = true;
  process.on('exit', () => {
    for (const teardown of teardowns.splice(0).reverse()) {
      try {
        teardown.sync();
      } catch {
        // The process is exiting; nothing more can be done.
      }
    }
  });
  for (const [signal, code] of [
    ['SIGINT', 130],
    ['SIGTERM', 143],
    ['SIGHUP', 129],
  ] as const) {
    process.on(signal, () => {
      if (signalled) process.exit(code); // a second Ctrl-C: stop waiting
      signalled = true;
      console.error(`\n[host] ${signal}: stopping…`);
      void cleanupAll().finally(() => process.exit(code));
    });
  }
}

/** Sends a signal to a whole process group, ignoring a group that is already gone. */
export function killGroup(pid: number, signal: NodeJS.Signals): boolean {
  try {
    process.kill(-pid, signal);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ESRCH') return false;
    throw error;
  }
}

/** True while any process of the group is alive (signal 0 only checks). */
export function groupAlive(pid: number): boolean {
  try {
    process.kill(-pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** SIGTERM to the group, then SIGKILL to whatever is left after `graceMs`. */
export async function stopGroup(pid: number, graceMs = 5000): Promise<void> {
  if (!killGroup(pid, 'SIGTERM')) return;
  const deadline = Date.now() + graceMs;
  while (groupAlive(pid) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  killGroup(pid, 'SIGKILL');
}
