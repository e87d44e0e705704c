/** Entry point of the `triangulate` command line tool. */
import { isMainThread, workerData } from 'node:worker_threads';
import { runCli } from './check';
import { runExport } from './export';
import { runImport } from './import';
import { isCheckWorkerData, runCheckWorker } from './checkWorker';
import { tuneCompiler } from './jit';

if (!isMainThread && isCheckWorkerData(workerData)) {
  // This file also runs as the worker threads of `triangulate check`.
  runCheckWorker(workerData);
} else {
  tuneCompiler();
  // A reader that stops early (`triangulate check . | head`) closes the pipe; the rest of the
  // output has nowhere to go, which is no failure of the check: end quietly.
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (err: NodeJS.ErrnoException) => {
      if (err.code !== 'EPIPE') throw err;
      process.exit();
    });
  }
  const argv = process.argv.slice(2);
  const io = {
    cwd: process.cwd(),
    stdout: (text: string) => process.stdout.write(text),
    stderr: (text: string) => process.stderr.write(text),
    workerScript: __filename,
  };
  // `export` and `import` have their own options; every other command goes to the main parser.
  const status = argv[0] === 'export' ? runExport(argv.slice(1), io) : argv[0] === 'import' ? runImport(argv.slice(1), io) : runCli(argv, io);
  if (typeof status === 'number') process.exitCode = status;
  else void status.then((code) => (process.exitCode = code));
}
