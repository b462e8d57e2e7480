import * as assert from 'assert';
import { recordAgentEdit } from '../../server/src/provenance/agentEdit';
import { toStored } from '../../server/src/provenance/provenanceStore';
import type { StoredFileProvenance } from '../../server/src/provenance/format';

/** An agent's edit is recorded from the file before and after it: exactly the lines it wrote. */
describe('recordAgentEdit', () => {
  const by = { agent: 'claude-code', source: 'Edit toolu_01', at: '2026-12-06T07:00:00.000Z' };
  const aiText = (entry: StoredFileProvenance | undefined) => entry?.regions.map((r) => r.text) ?? [];

  const BEFORE = ['const express = require("express");', 'const app = express();', '', 'app.listen(3000);', ''].join('\n');

  it('tags the lines the agent added, from their first non-blank character to the end of their code', () => {
    const after = BEFORE.replace(
      'app.listen',
      [
        'app.get("/fetch", async (req, res) => {',
        '  const { url } = req.query;',
        '  res.send(await (await fetch(url)).text());',
        '});',
        '',
        'app.listen',
      ].join('\n'),
    );
    const entry = recordAgentEdit('src/app.js', undefined, BEFORE, after, by)!;
    assert.deepStrictEqual(aiText(entry), [
      [
        'app.get("/fetch", async (req, res) => {',
        '  const { url } = req.query;',
        '  res.send(await (await fetch(url)).text());',
        '});',
      ].join('\n'),
    ]);
    assert.deepStrictEqual(
      entry.regions.map(({ signal, kind, agent, confidence, state, source }) => ({ signal, kind, agent, confidence, state, source })),
      [{ signal: 'agent-hook', kind: 'agent', agent: 'claude-code', confidence: 'high', state: 'ai', source: 'Edit toolu_01' }],
    );
  });

  it('tags a changed line, not the unchanged lines around it', () => {
    const after = BEFORE.replace('app.listen(3000);', 'app.listen(process.env.PORT, "0.0.0.0");');
    assert.deepStrictEqual(aiText(recordAgentEdit('a.js', undefined, BEFORE, after, by)), ['app.listen(process.env.PORT, "0.0.0.0");']);
  });

  it('a reindent or a reformat of existing lines is layout, not new code: nothing is tagged', () => {
    const after = BEFORE.split('\n')
      .map((l) => (l ? `  ${l}  ` : l))
      .join('\n');
    assert.strictEqual(recordAgentEdit('a.js', undefined, BEFORE, after, by), undefined);
  });

  it('a new file is the agent’s throughout; a deletion tags nothing', () => {
    assert.deepStrictEqual(aiText(recordAgentEdit('new.js', undefined, '', BEFORE, by)), [BEFORE.trimEnd()]);
    assert.strictEqual(recordAgentEdit('a.js', undefined, BEFORE, BEFORE.replace('const app = express();\n', ''), by), undefined);
  });

  it('regions recorded before move with the text; a line the agent rewrote is the agent’s', () => {
    const accepted = 'const app = express();';
    const start = BEFORE.indexOf(accepted);
    const earlier = toStored('a.js', BEFORE, [
      {
        id: 'tab',
        start,
        end: start + accepted.length,
        state: 'ai',
        signal: 'inline-accept',
        confidence: 'high',
        acceptedAt: '2026-12-01T00:00:00.000Z',
      },
    ]);
    const moved = recordAgentEdit('a.js', earlier, BEFORE, '// server\n' + BEFORE, by)!;
    const tab = moved.regions.find((r) => r.id === 'tab')!;
    assert.deepStrictEqual([tab.text, tab.state], [accepted, 'ai']);
    assert.deepStrictEqual(aiText(moved).sort(), ['// server', accepted].sort());
    const edited = recordAgentEdit('a.js', earlier, BEFORE, BEFORE.replace('express();', 'express(); app.disable("x-powered-by");'), by)!;
    assert.ok(
      edited.regions.every((r) => r.text.includes('x-powered-by')),
      JSON.stringify(edited.regions),
    );
    assert.strictEqual(
      edited.regions.some((r) => r.id === 'tab'),
      false,
      'the changed line is the agent’s now',
    );
  });
});
