/**
 * Creates the server's connection over the transport named on the command line, with the
 * protocol gate (`gate.ts`) between the transport and the handlers.
 */
import {
  createConnection,
  IPCMessageReader,
  IPCMessageWriter,
  ProposedFeatures,
  StreamMessageReader,
  StreamMessageWriter,
  type Connection,
  type MessageReader,
  type MessageWriter,
} from 'vscode-languageserver/node';
import { format } from 'node:util';
import { GatedReader } from './gate';

/**
 * Opens the connection for `--node-ipc` (how the extension starts the server) or `--stdio` (how
 * tests and other editors do). Other transports (sockets, pipes) get the library's own
 * connection without the gate.
 */
export function openConnection(argv: readonly string[] = process.argv.slice(2)): Connection {
  let reader: MessageReader;
  let writer: MessageWriter;
  const stdio = argv.includes('--stdio');
  if (argv.includes('--node-ipc')) {
    reader = new IPCMessageReader(process);
    writer = new IPCMessageWriter(process);
  } else if (stdio) {
    reader = new StreamMessageReader(process.stdin);
    writer = new StreamMessageWriter(process.stdout);
  } else {
    return createConnection(ProposedFeatures.all);
  }
  const gated = new GatedReader(reader, writer);
  const connection = createConnection(ProposedFeatures.all, gated, writer);
  gated.log = (line) => connection.console.warn(line);
  // The editor closing its end without `exit` ends the server too: status 0 after `shutdown`,
  // 1 otherwise, as the protocol asks of `exit`.
  reader.onClose(() => process.exit(gated.shuttingDown ? 0 : 1));
  // A message that cannot be read (a header without a usable Content-Length, a body that is not
  // JSON) means the stream is out of step: every later message would be misread, and the server
  // would go silent with the editor waiting on it. Ending the process lets the editor start a
  // fresh one; status 1, as for any end the editor did not ask for.
  reader.onError((err) => {
    process.stderr.write(`Triangulate: the stream from the editor is broken (${err instanceof Error ? err.message : String(err)}); the server exits so that the editor can restart it.\n`);
    process.exit(1);
  });
  if (stdio) {
    // Over stdio, stdout carries the protocol: a stray console.log would corrupt it, so the
    // console writes to stderr instead.
    const toStderr = (...args: unknown[]): void => {
      process.stderr.write(`${format(...args)}\n`);
    };
    console.log = toStderr;
    console.info = toStderr;
    console.warn = toStderr;
    console.debug = toStderr;
  }
  return connection;
}

/**
 * Keeps the process alive through an exception or rejection that escaped every handler (a timer,
 * a detached promise): it is logged, and the server goes on answering.
 */
export function survive(connection: Connection): void {
  const report = (what: string, err: unknown): void => {
    const text = err instanceof Error ? (err.stack ?? err.message) : String(err);
    try {
      connection.console.error(`${what}: ${text}`);
    } catch {
      process.stderr.write(`${what}: ${text}\n`);
    }
  };
  process.on('uncaughtException', (err) => report('Uncaught exception', err));
  process.on('unhandledRejection', (err) => report('Unhandled rejection', err));
}
