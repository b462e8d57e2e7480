import * as assert from 'assert';
import { VettedEngine } from '../../server/src/engine/engine';
import { sensitiveArea } from '../../server/src/lsp/provenanceTagger';
import type { ProvenanceRegion } from '../../server/src/provenance/format';

/** Which AI-accepted code is marked "review required" even without a finding, and what the mark names. */
describe('sensitive areas of AI-accepted code', () => {
  const engine = VettedEngine.create();

  /** The area for an AI region covering `marked` (the first occurrence) in `text`. */
  async function areaOf(grammar: 'javascript' | 'python', text: string, marked: string, relativePath?: string) {
    const start = text.indexOf(marked);
    assert.ok(start >= 0, `${marked} is in the text`);
    const region: ProvenanceRegion = {
      id: 'r1',
      start,
      end: start + marked.length,
      state: 'ai',
      signal: 'inline-accept',
      confidence: 'high',
      acceptedAt: '2026-01-01T00:00:00.000Z',
    };
    const tree = await engine.parse(grammar, text);
    try {
      return sensitiveArea(region, tree, text, relativePath);
    } finally {
      tree.delete();
    }
  }

  it('by path: a segment of the file path that starts with an auth, crypto or payment word', async () => {
    const text = 'const total = items.length;\n';
    assert.deepStrictEqual(await areaOf('javascript', text, 'items', 'src/auth/routes.js'), { area: 'path', detail: 'src/auth/routes.js' });
    assert.deepStrictEqual(await areaOf('javascript', text, 'items', 'lib/Stripe-webhook.ts'), {
      area: 'path',
      detail: 'lib/Stripe-webhook.ts',
    });
    assert.strictEqual(await areaOf('javascript', text, 'items', 'src/utils/format.js'), undefined);
  });

  it('by API: the earliest call named in the region, without its trailing punctuation', async () => {
    const js =
      "const digest = crypto.createHash('md5').update(x).digest('hex');\nconst jwt = require('jsonwebtoken');\nreq.session.user = u;\n";
    assert.deepStrictEqual(await areaOf('javascript', js, "crypto.createHash('md5')"), { area: 'api', detail: 'crypto' });
    assert.deepStrictEqual(await areaOf('javascript', js, "createHash('md5')"), { area: 'api', detail: 'createHash' });
    assert.deepStrictEqual(await areaOf('javascript', js, "require('jsonwebtoken')"), { area: 'api', detail: 'jsonwebtoken' });
    assert.deepStrictEqual(await areaOf('javascript', js, 'req.session.user = u'), { area: 'api', detail: 'req.session' });
    const py = "if authenticate(request, username=name):\n    request.session['user'] = name\n";
    assert.deepStrictEqual(await areaOf('python', py, 'authenticate(request'), { area: 'api', detail: 'authenticate' });
    assert.deepStrictEqual(await areaOf('python', py, "session['user']"), { area: 'api', detail: 'session' });
  });

  it('by name: the nearest enclosing function or class whose name holds a sensitive word', async () => {
    const js = [
      'function refundOrder(order) { return order.total * 2; }',
      'const verifyUser = (u) => u.length > 3;',
      'class AdminPanel { render() { return 1; } }',
      'function add(a, b) { return a + b; }',
    ].join('\n');
    assert.deepStrictEqual(await areaOf('javascript', js, 'order.total * 2'), { area: 'function', detail: 'refundOrder' });
    assert.deepStrictEqual(await areaOf('javascript', js, 'u.length > 3'), { area: 'function', detail: 'verifyUser' });
    assert.deepStrictEqual(await areaOf('javascript', js, 'return 1'), { area: 'function', detail: 'AdminPanel' });
    assert.strictEqual(await areaOf('javascript', js, 'a + b'), undefined);
    const py = [
      'def sign_in(user):',
      '    return user.name',
      'def Authorise_Reader(user):',
      '    return user.id',
      'def total(items):',
      '    return len(items)',
    ].join('\n');
    assert.deepStrictEqual(await areaOf('python', py, 'user.name'), { area: 'function', detail: 'sign_in' });
    assert.deepStrictEqual(await areaOf('python', py, 'user.id'), { area: 'function', detail: 'Authorise_Reader' });
    assert.strictEqual(await areaOf('python', py, 'len(items)'), undefined);
  });
});
