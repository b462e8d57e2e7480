import * as assert from 'assert';
import * as path from 'path';
import { HookPayloadError, toolEventOf } from '../../cli/src/hook/payload';

/** The hook payloads of each agent, in the shapes their hook references give, read into one tool event. */
describe('hook payloads', () => {
  const cwd = path.resolve('/project');
  const claude = (event: string, tool: string, input: object, response?: object) =>
    JSON.stringify({
      session_id: 'abc123',
      transcript_path: '/home/dev/.claude/projects/p/abc123.jsonl',
      cwd,
      permission_mode: 'default',
      hook_event_name: event,
      tool_name: tool,
      tool_input: input,
      tool_use_id: 'toolu_01ABC',
      ...(response ? { tool_response: response } : {}),
    });

  describe('Claude Code', () => {
    it('PreToolUse and PostToolUse of Edit, Write and MultiEdit name the file, resolved against cwd', () => {
      const pre = toolEventOf('claude-code', claude('PreToolUse', 'Edit', { file_path: 'src/a.js', old_string: 'x', new_string: 'y' }))!;
      assert.deepStrictEqual([pre.phase, pre.tool, pre.toolUseId, pre.files], ['pre', 'Edit', 'toolu_01ABC', [path.join(cwd, 'src/a.js')]]);
      const multi = toolEventOf('claude-code', claude('PostToolUse', 'MultiEdit', { file_path: '/project/b.py', edits: [] }))!;
      assert.deepStrictEqual([multi.phase, multi.files], ['post', [path.resolve('/project/b.py')]]);
    });

    it("the response's originalFile, or type create, gives the text before the edit", () => {
      const edit = toolEventOf(
        'claude-code',
        claude(
          'PostToolUse',
          'Edit',
          { file_path: 'a.js', old_string: 'x', new_string: 'y' },
          { filePath: '/project/a.js', originalFile: 'x\n', structuredPatch: [] },
        ),
      )!;
      assert.strictEqual(edit.before.get(path.join(cwd, 'a.js')), 'x\n');
      const created = toolEventOf(
        'claude-code',
        claude('PostToolUse', 'Write', { file_path: 'n.js', content: 'y' }, { type: 'create', filePath: '/project/n.js', content: 'y' }),
      )!;
      assert.strictEqual(created.before.get(path.join(cwd, 'n.js')), '');
    });

    it('other tools and events are not about files; a payload that is not JSON or lacks the file is an error', () => {
      assert.strictEqual(toolEventOf('claude-code', claude('PostToolUse', 'Bash', { command: 'ls' })), undefined);
      assert.strictEqual(toolEventOf('claude-code', JSON.stringify({ hook_event_name: 'Stop', cwd })), undefined);
      assert.throws(() => toolEventOf('claude-code', '{"tool_name":'), HookPayloadError);
      assert.throws(() => toolEventOf('claude-code', claude('PostToolUse', 'Write', { content: 'x' })), /no tool_input\.file_path/);
    });
  });

  describe('VS Code agent hooks', () => {
    const vscode = (event: string, tool: string, input: object) =>
      JSON.stringify({
        timestamp: '2026-12-06T07:00:00.000Z',
        hookEventName: event,
        sessionId: 's-1',
        cwd,
        tool_name: tool,
        tool_input: input,
        tool_use_id: 'tool-123',
        ...(event === 'PostToolUse' ? { tool_response: 'The file was edited.' } : {}),
      });

    it('finds the files in each edit tool’s input', () => {
      const files = (tool: string, input: object) => toolEventOf('vscode', vscode('PostToolUse', tool, input))?.files;
      assert.deepStrictEqual(files('editFiles', { files: ['src/main.ts'] }), [path.join(cwd, 'src/main.ts')]);
      assert.deepStrictEqual(files('createFile', { filePath: '/project/new.ts', content: 'x' }), [path.resolve('/project/new.ts')]);
      assert.deepStrictEqual(files('replaceString', { filePath: 'a.ts', oldString: 'a', newString: 'b' }), [path.join(cwd, 'a.ts')]);
      assert.deepStrictEqual(
        files('multiReplaceString', { replacements: [{ filePath: 'a.ts' }, { filePath: 'b.ts' }, { filePath: 'a.ts' }] }),
        [path.join(cwd, 'a.ts'), path.join(cwd, 'b.ts')],
      );
      assert.deepStrictEqual(files('applyPatch', { input: '*** Begin Patch\n*** Update File: /project/c.ts\n@@\n-a\n+b\n*** End Patch' }), [
        path.resolve('/project/c.ts'),
      ]);
      assert.deepStrictEqual(files('insertEdit', { filePath: 'file:///project/d%20e.ts', code: '' }), [path.resolve('/project/d e.ts')]);
    });

    it("Copilot CLI's VS Code-compatible payloads (PascalCase events, snake_case fields; its edit and create tools) are read the same way", () => {
      const payload = (tool: string, input: object) =>
        JSON.stringify({
          hook_event_name: 'PostToolUse',
          session_id: 's-2',
          timestamp: 1764999999000,
          cwd,
          tool_name: tool,
          tool_input: input,
        });
      assert.deepStrictEqual(toolEventOf('vscode', payload('edit', { path: 'src/a.ts', old_str: 'a', new_str: 'b' }))?.files, [
        path.join(cwd, 'src/a.ts'),
      ]);
      assert.deepStrictEqual(toolEventOf('vscode', payload('create', { path: '/project/b.ts', file_text: 'x' }))?.files, [
        path.resolve('/project/b.ts'),
      ]);
    });

    it('reads the PreToolUse phase; tools that do not write, or name no file, are passed over', () => {
      assert.strictEqual(toolEventOf('vscode', vscode('PreToolUse', 'editFiles', { files: ['a.ts'] }))?.phase, 'pre');
      assert.strictEqual(toolEventOf('vscode', vscode('PostToolUse', 'runInTerminal', { command: 'rm -rf build' })), undefined);
      assert.strictEqual(toolEventOf('vscode', vscode('PostToolUse', 'editFiles', {})), undefined);
    });
  });
});
