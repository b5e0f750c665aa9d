// The code-server host receives the extension host's console output mixed with the workbench's
// own log lines. Tagging what is printed while the suite runs lets the host show mocha's report
// and the tests' output, and keep the workbench chatter for the saved logs. The host asks for
// it through MARGINALIA_TAG_TEST_OUTPUT; under @vscode/test-electron output goes to stdout untagged.
import { format } from 'node:util';

export const testOutputTag = '[marginalia-test] ';

type ConsoleMethod = 'log' | 'info' | 'warn' | 'error';
type Log = (...args: unknown[]) => void;

/**
 * Tags console output until the returned function is called. The extension host defines the
 * console methods as accessors whose setter ignores assignment, so they are redefined; mocha's
 * reporters print through `Base.consoleLog`, a copy of console.log taken when mocha loaded.
 */
export function tagConsoleOutput(reporterBase: { consoleLog: Log }): () => void {
  if (process.env.MARGINALIA_TAG_TEST_OUTPUT !== '1') return () => undefined;
  const methods: ConsoleMethod[] = ['log', 'info', 'warn', 'error'];
  const saved = methods.map((method) => ({
    method,
    descriptor: Object.getOwnPropertyDescriptor(console, method),
    print: console[method] as Log,
  }));
  const reporterLog = reporterBase.consoleLog;
  for (const { method, print } of saved) {
    const tagged: Log = (...args) => print.call(console, testOutputTag + format(...args));
    Object.defineProperty(console, method, { value: tagged, writable: true, configurable: true, enumerable: true });
  }
  reporterBase.consoleLog = (...args) => console.log(...args);
  return () => {
    reporterBase.consoleLog = reporterLog;
    for (const { method, descriptor } of saved) {
      if (descriptor) Object.defineProperty(console, method, descriptor);
    }
  };
}
