// Runs a child process and feeds its stdin from a worker thread. Painting frames keeps the main
// thread busy for tens of milliseconds at a time; if the main thread also owned the pipe, the
// pipe's small buffer would drain in the first millisecond and the encoder would sit idle until
// the next frame was painted. Here the pipe is serviced continuously, so painting and encoding
// overlap. Frames arrive in a few shared slots (fixed memory, nothing to collect; measured
// cheaper than transferring each frame's buffer back and forth). Policy (errors, stderr tail,
// back-pressure) stays on the main thread: this file only moves bytes and reports events.
// Plain JavaScript so it loads in any runner without a TypeScript loader.
import { spawn } from 'node:child_process';
import { parentPort, workerData } from 'node:worker_threads';

const { binary, args, slots } = workerData;
const child = spawn(binary, args, { stdio: ['pipe', 'ignore', 'pipe'] });
child.stdin.on('error', () => {}); // EPIPE after an early exit: the exit code tells the story.
child.stderr.setEncoding('utf8');
child.stderr.on('data', (chunk) => parentPort.postMessage({ type: 'stderr', chunk }));
child.once('error', (error) => parentPort.postMessage({ type: 'failed', message: error.message }));
child.once('close', (code, signal) => {
  parentPort.postMessage({ type: 'exit', code, signal });
  parentPort.close();
});

parentPort.on('message', (message) => {
  if (message.type === 'frame') {
    const view = new Uint8Array(slots[message.slot], 0, message.bytes);
    child.stdin.write(view, () => parentPort.postMessage({ type: 'written', slot: message.slot }));
  } else if (message.type === 'end') {
    child.stdin.end();
  } else if (message.type === 'kill') {
    child.kill('SIGKILL');
  }
});
