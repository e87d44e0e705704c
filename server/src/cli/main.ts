/** Entry point of the `triangulate` command line tool. */
import { runCli } from './check';
import { runExport } from './export';

const argv = process.argv.slice(2);
const io = {
  cwd: process.cwd(),
  stdout: (text: string) => process.stdout.write(text),
  stderr: (text: string) => process.stderr.write(text),
};
// `export` has its own options; every other command goes to the main parser.
const status = argv[0] === 'export' ? runExport(argv.slice(1), io) : runCli(argv, io);
process.exitCode = status;
