import * as assert from 'assert';
import { VettedEngine } from '../../server/src/engine/engine';
import { renderMessage } from '../../server/src/engine/messageText';

describe('finding messages quote the matched code once', () => {
  const text = (captures: Record<string, string>) => (name: string) => captures[name];

  it('keeps plain code between the template quotes', () => {
    assert.strictEqual(
      renderMessage("Assigning '{{html}}' to '{{_prop}}'", text({ html: 'message', _prop: 'innerHTML' })),
      "Assigning 'message' to 'innerHTML'",
    );
  });

  it('shows a lone string literal as written, not inside a second pair of quotes', () => {
    assert.strictEqual(renderMessage("'{{algorithm}}' is broken", text({ algorithm: "'md5'" })), "'md5' is broken");
    assert.strictEqual(renderMessage("The key '{{key}}' is fixed", text({ key: '"k"' })), 'The key "k" is fixed');
    assert.strictEqual(renderMessage("passes '{{cmd}}' to a shell", text({ cmd: '`ls ${dir}`' })), 'passes `ls ${dir}` to a shell');
  });

  it("puts code that starts or ends with the template's quote between backticks, and leaves other quotes alone", () => {
    assert.strictEqual(
      renderMessage("runs '{{cmd}}' in a shell", text({ cmd: 'f"convert {name}"' })),
      'runs \'f"convert {name}"\' in a shell',
    );
    assert.strictEqual(
      renderMessage("Assigning '{{html}}' here", text({ html: "'<div>' + message" })),
      "Assigning `'<div>' + message` here",
    );
    assert.strictEqual(renderMessage("'{{x}}'", text({ x: "'a' + b + 'c'" })), "`'a' + b + 'c'`");
  });

  it('leaves an unknown placeholder and unquoted placeholders alone', () => {
    assert.strictEqual(renderMessage("'{{missing}}' and {{x}}", text({ x: "'y'" })), "'{{missing}}' and 'y'");
  });

  it('on a real finding: innerHTML assigned a concatenation', async () => {
    const engine = VettedEngine.create();
    const source = "const el = document.getElementById('out');\nel.innerHTML = '<div>' + message + '</div>';\n";
    const { findings } = await engine.analyzeText(source, 'javascript');
    const finding = findings.find((f) => f.rule.id === 'js.xss.inner-html');
    assert.ok(finding, 'js.xss.inner-html reported');
    assert.ok(!finding.message.includes("''"), finding.message);
    assert.match(finding.message, /^Assigning `'<div>' \+ message \+ '<\/div>'` to 'innerHTML'/);
  });
});
