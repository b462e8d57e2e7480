import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as path from 'path';
import type * as Sarif from 'sarif';

const ROOT = path.resolve(__dirname, '..', '..');

/**
 * The bundled examples plant one or more issues of every category Vetted covers. Scanning them
 * must find each category, and nothing else (precision is checked on the examples too).
 */
const EXPECTED_BY_CATEGORY: Record<string, string[]> = {
  'hardcoded secrets and known token formats': [
    'js.secrets.hardcoded-secret',
    'js.secrets.stripe-secret-key',
    'js.secrets.github-token',
    'js.secrets.aws-access-key',
    'py.secrets.hardcoded-credential',
    'py.secrets.framework-secret-key',
    'py.secrets.known-token-format',
  ],
  'weak hashes': ['js.crypto.weak-hash', 'py.crypto.weak-hash'],
  'fast hashes over passwords': ['js.crypto.password-fast-hash', 'py.crypto.password-fast-hash'],
  'weak ciphers, ECB, static IVs': [
    'js.crypto.weak-cipher',
    'js.crypto.ecb-mode',
    'js.crypto.static-iv',
    'py.crypto.weak-cipher',
    'py.crypto.ecb-mode',
    'py.crypto.static-iv',
  ],
  'insecure randomness': ['js.crypto.insecure-random', 'py.crypto.insecure-random'],
  'eval and code execution': ['js.injection.eval', 'py.injection.eval-exec'],
  'OS command injection': ['js.injection.child-process-exec', 'py.injection.subprocess-shell', 'py.injection.os-command'],
  'SQL injection': ['js.injection.sql-string', 'js.injection.prisma-raw-unsafe', 'py.injection.sql-format'],
  'mass assignment': ['js.web.mass-assignment', 'py.web.mass-assignment'],
  'unsafe deserialization': ['js.deserialization.node-serialize', 'py.deserialization.pickle', 'py.deserialization.yaml-load'],
  'TLS verification disabled': [
    'js.tls.reject-unauthorized-false',
    'js.tls.node-tls-reject-unauthorized-env',
    'py.tls.verify-disabled',
    'py.tls.unverified-context',
  ],
  CORS: ['js.config.cors-wildcard-credentials', 'js.config.cors-reflected-origin-header'],
  'JWT misuse': [
    'js.jwt.decode-without-verify',
    'js.jwt.none-algorithm',
    'js.jwt.hardcoded-secret',
    'js.jwt.ignore-expiration',
    'py.jwt.signature-verification-disabled',
    'py.jwt.hardcoded-key',
  ],
  'XSS sinks': [
    'js.xss.inner-html',
    'js.xss.reflected-response',
    'js.xss.document-write',
    'js.xss.dangerously-set-inner-html',
    'js.xss.insert-adjacent-html',
    'py.xss.render-template-string',
    'py.xss.unescaped-markup',
  ],
  'path traversal and SSRF': ['js.injection.path-traversal', 'js.injection.ssrf', 'py.web.path-traversal', 'py.web.ssrf'],
  'open redirect': ['js.injection.open-redirect', 'py.web.open-redirect'],
  'debug mode in production frameworks': [
    'py.config.flask-debug',
    'py.config.django-debug-settings',
    'py.config.django-allowed-hosts-wildcard',
  ],
  'cookies without httpOnly/secure': [
    'js.config.cookie-httponly-disabled',
    'js.config.cookie-secure-disabled',
    'py.config.insecure-cookie-flag',
  ],
  'XXE-prone XML parsing': ['py.xml.lxml-resolve-entities'],
  'swallowed exceptions around security checks': ['js.errors.swallowed-auth-check', 'py.errors.swallowed-security-exception'],
  'ReDoS, header and log injection': ['py.injection.regex-dos', 'py.web.header-injection', 'py.injection.log-injection'],
};

describe('vetted scan examples', function () {
  this.timeout(60_000);

  it('finds the planted issues of every category, and only those', () => {
    const run = spawnSync(process.execPath, [path.join(ROOT, 'bin', 'vetted.js'), 'scan', 'examples', '--format', 'sarif'], {
      cwd: ROOT,
      encoding: 'utf8',
      // SARIF carries every rule's description and help: over a megabyte.
      maxBuffer: 64 * 1024 * 1024,
    });
    assert.strictEqual(run.status, 1, run.stderr);
    const log = JSON.parse(run.stdout) as Sarif.Log;
    const found = new Set(log.runs[0].results!.map((r) => r.ruleId!));
    for (const [category, ids] of Object.entries(EXPECTED_BY_CATEGORY)) {
      const missing = ids.filter((id) => !found.has(id));
      assert.deepStrictEqual(missing, [], `${category}: not found`);
    }
    const expected = new Set(Object.values(EXPECTED_BY_CATEGORY).flat());
    assert.deepStrictEqual(
      [...found].filter((id) => !expected.has(id)),
      [],
      'unexpected rules fired on the examples',
    );
  });

  it('follows request input through assistant-style handlers: the six planted flows are found with their paths, the guarded endpoints are not', () => {
    const run = spawnSync(
      process.execPath,
      [path.join(ROOT, 'bin', 'vetted.js'), 'scan', 'examples/express-handlers', '--format', 'sarif'],
      { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
    );
    const results = (JSON.parse(run.stdout) as Sarif.Log).runs[0].results!;
    const at = (r: Sarif.Result) => `${r.locations![0].physicalLocation!.region!.startLine} ${r.ruleId}`;
    assert.deepStrictEqual(results.map(at), [
      '19 js.injection.ssrf',
      '28 js.injection.path-traversal',
      '35 js.injection.child-process-exec',
      '51 js.injection.sql-string',
      '59 js.injection.open-redirect',
      '66 js.xss.reflected-response',
    ]);
    // Each carries its path from the request to the sink, e.g. req.query -> url -> fetch(url).
    const ssrf = results[0].codeFlows![0].threadFlows[0].locations.map(
      (l) => `${l.location!.physicalLocation!.region!.startLine}: ${l.location!.message!.text}`,
    );
    assert.deepStrictEqual(ssrf, [
      '18: `req.query` is request input (Express, Fastify, Next.js pages API)',
      '18: `url` comes from `req.query` (line 18)',
      '19: reaches the sink (Outbound request to a URL taken from the request) at line 19',
    ]);
  });

  it('follows request input through Next.js route handlers, server actions and a pages/api route: the planted flows are found at their lines, the guarded handlers give nothing', () => {
    const run = spawnSync(
      process.execPath,
      [path.join(ROOT, 'bin', 'vetted.js'), 'scan', 'examples/nextjs-handlers', '--format', 'sarif'],
      { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
    );
    assert.strictEqual(run.status, 1, run.stderr);
    const results = (JSON.parse(run.stdout) as Sarif.Log).runs[0].results!;
    const at = (r: Sarif.Result) =>
      `${decodeURIComponent(r.locations![0].physicalLocation!.artifactLocation!.uri!).replace(/^examples\/nextjs-handlers\//, '')}:${r.locations![0].physicalLocation!.region!.startLine} ${r.ruleId}`;
    assert.deepStrictEqual(results.map(at).sort(), [
      'app/actions/posts.ts:12 js.web.mass-assignment',
      'app/actions/posts.ts:18 js.injection.ssrf',
      'app/api/auth/callback/route.ts:6 js.injection.open-redirect',
      'app/api/files/[name]/route.ts:10 js.injection.path-traversal',
      'app/api/greet/route.ts:6 js.xss.reflected-response',
      'app/api/preview/route.ts:9 js.injection.ssrf',
      'app/api/profile/route.ts:12 js.web.mass-assignment',
      'app/api/search/route.ts:17 js.injection.prisma-raw-unsafe',
      'app/api/thumbnail/route.ts:10 js.injection.child-process-exec',
      'pages/api/download.ts:12 js.injection.path-traversal',
    ]);
    // Every finding carries its path from the request (or the server action's argument) to the sink.
    for (const r of results) assert.ok(r.codeFlows![0].threadFlows[0].locations.length >= 2, at(r));
    // The guarded handlers (allowlisted host, schema-parsed body, mapped report, basename, numeric
    // id, listed server-action fields, bound SQL values) give nothing: no finding beyond the list.
    const guarded = ['app/api/reports/[type]/route.ts', 'app/api/avatar/route.ts'];
    assert.deepStrictEqual(
      results.map(at).filter((line) => guarded.some((file) => line.startsWith(file))),
      [],
    );
  });

  it('follows request input through Flask/FastAPI handlers: the planted flows are found, the guarded and typed endpoints are not', () => {
    const run = spawnSync(process.execPath, [path.join(ROOT, 'bin', 'vetted.js'), 'scan', 'examples/flask-handlers', '--format', 'sarif'], {
      cwd: ROOT,
      encoding: 'utf8',
      // SARIF carries every rule's description and help: over a megabyte.
      maxBuffer: 64 * 1024 * 1024,
    });
    const results = (JSON.parse(run.stdout) as Sarif.Log).runs[0].results!;
    assert.deepStrictEqual(
      results.map(
        (r) =>
          `${r.locations![0].physicalLocation!.region!.startLine} ${r.ruleId} (${r.codeFlows![0].threadFlows[0].locations.length} steps)`,
      ),
      ['26 py.web.path-traversal (4 steps)', '33 py.web.ssrf (4 steps)', '40 py.web.open-redirect (3 steps)'],
    );
  });

  it('follows request input through a FastAPI service: the seven planted flows are found at their lines, the typed, allow-listed and parameterised endpoints are not', () => {
    const run = spawnSync(
      process.execPath,
      [path.join(ROOT, 'bin', 'vetted.js'), 'scan', 'examples/fastapi-handlers', '--format', 'sarif'],
      { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
    );
    const results = (JSON.parse(run.stdout) as Sarif.Log).runs[0].results!;
    assert.deepStrictEqual(
      results.map(
        (r) =>
          `${r.locations![0].physicalLocation!.region!.startLine} ${r.ruleId} (${r.codeFlows?.[0].threadFlows[0].locations.length ?? 0} steps)`,
      ),
      [
        '34 py.web.ssrf (2 steps)',
        '41 py.web.path-traversal (3 steps)',
        '47 py.injection.sql-format (3 steps)',
        '53 py.injection.subprocess-shell (2 steps)',
        '59 py.web.open-redirect (2 steps)',
        '65 py.xss.render-template-string (3 steps)',
        '71 py.web.mass-assignment (3 steps)',
      ],
    );
    // The last flow: the raw JSON body, a variable, then every key onto the model.
    const mass = results[6].codeFlows![0].threadFlows[0].locations.map(
      (l) => `${l.location!.physicalLocation!.region!.startLine}: ${l.location!.message!.text}`,
    );
    assert.deepStrictEqual(mass, [
      '70: `request.json()` is untrusted input',
      '70: `payload` comes from `request.json()` (line 70)',
      '71: reaches the sink (Model fields set from every key of the request body) at line 71',
    ]);
  });

  it('follows request input through Django views: mass assignment, SQL, log injection, ReDoS and a header are found at their lines, the guarded views are not', () => {
    const run = spawnSync(
      process.execPath,
      [path.join(ROOT, 'bin', 'vetted.js'), 'scan', 'examples/django-site/views.py', '--format', 'sarif'],
      { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
    );
    const results = (JSON.parse(run.stdout) as Sarif.Log).runs[0].results!;
    assert.deepStrictEqual(
      results.map((r) => `${r.locations![0].physicalLocation!.region!.startLine} ${r.ruleId}`),
      [
        '22 py.web.mass-assignment',
        '30 py.injection.sql-format',
        '37 py.injection.log-injection',
        '38 py.injection.regex-dos',
        '46 py.web.header-injection',
      ],
    );
  });
});
