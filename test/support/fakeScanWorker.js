// A stand-in scan worker for ScanPool tests: replies like the real one, except that a file whose
// text says THROW gets an error reply, CRASH exits the thread, and UNCAUGHT throws outside any handler.
const { parentPort } = require('worker_threads');

parentPort.on('message', (job) => {
  if (job.text.includes('CRASH')) process.exit(3);
  if (job.text.includes('UNCAUGHT'))
    setImmediate(() => {
      throw new Error('uncaught in worker');
    });
  else if (job.text.includes('THROW')) parentPort.postMessage({ id: job.id, error: 'RangeError: Maximum call stack size exceeded' });
  else parentPort.postMessage({ id: job.id, findings: [], suppressedCount: job.id, timedOut: false });
});
