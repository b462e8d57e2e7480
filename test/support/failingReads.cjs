/**
 * Preloaded into the CLI (`node --require`) by tests: opening any path whose name contains
 * $VETTED_TEST_FAIL_OPEN fails with EIO, as a file on a failing disk or a broken network mount
 * does. Tests run as root, and root reads a chmod 000 file, so this is how a test gets a file
 * that exists, is listed and stats fine, but cannot be read. Nothing else is changed.
 */
const fs = require('fs');

const marker = process.env.VETTED_TEST_FAIL_OPEN;
const openSync = fs.openSync;
fs.openSync = function (file, ...rest) {
  if (marker && Buffer.from(file).toString('latin1').includes(marker)) {
    const error = new Error(`EIO: i/o error, open '${file}'`);
    error.code = 'EIO';
    throw error;
  }
  return openSync.call(this, file, ...rest);
};
