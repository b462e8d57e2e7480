const express = require('express');
const errorhandler = require('errorhandler');

const app = express();
app.use(express.json());

// vetted-expect: js.config.errorhandler-unconditional
if (process.env.NODE_ENV === 'development') app.use(errorhandler());
// vetted-expect: js.config.errorhandler-unconditional
if (process.env.NODE_ENV === 'development') app.use(errorhandler({ log: true }));
// vetted-expect: js.config.errorhandler-unconditional
if (process.env.NODE_ENV === 'development') app.use(require('errorhandler')());

if (process.env.NODE_ENV === 'development') {
  // vetted-ok: js.config.errorhandler-unconditional
  app.use(errorhandler());
}
// vetted-ok: js.config.errorhandler-unconditional
if (app.get('env') === 'development') app.use(errorhandler());
// vetted-ok: js.config.errorhandler-unconditional
app.use(errorHandler);
// vetted-ok: js.config.errorhandler-unconditional
app.use(errorHandler());
// vetted-ok: js.config.errorhandler-unconditional
// app.use(errorhandler());
// vetted-ok: js.config.errorhandler-unconditional
const doc = 'app.use(errorhandler()) is for development only';
// vetted-ok: js.config.errorhandler-unconditional
app.use(require('./middleware/errorhandler')());
