/**
 * The file the git-notes tests commit: a human-written start (`HEADER`) and an AI-written body
 * (`AI_LINES`) whose MD5 ETag is a medium finding, high once the lines are known to be AI-written.
 */
export const HEADER = ["const crypto = require('crypto');", 'function respond(res, body) {'];
export const AI_LINES = [
  "  const etag = crypto.createHash('md5').update(body).digest('hex');",
  "  res.setHeader('ETag', etag);",
  '  res.end(body);',
  '}',
];
