// The `zh-analyze` command. Everything is in run.ts; this file binds it to the process.
import { version } from '../../package.json';
import { runCli } from './run.js';

// The reader went away (`| head`): runCli sees it through Output, stops reading, lets its worker
// threads finish the chunk they are in and returns 0. No process.exit here: ending the process while
// a worker runs nodejieba aborts it (exit 134). Other stdout errors reach Output's own listener.
process.stdout.on('error', () => {});

runCli(process.argv.slice(2), { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr }, version).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`zh-analyze: unexpected error: ${(error as Error)?.stack ?? String(error)}\n`);
    process.exitCode = 1;
  },
);
