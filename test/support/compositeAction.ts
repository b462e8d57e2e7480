import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { parse } from 'yaml';

/** What running a composite action locally did: each step's outcome, the `uses:` steps it would call. */
export interface ActionRun {
  exitCode: number;
  log: string;
  outputs: Record<string, Record<string, string>>;
  used: { uses: string; with: Record<string, string> }[];
}

interface Step {
  id?: string;
  if?: string;
  uses?: string;
  with?: Record<string, string>;
  run?: string;
  env?: Record<string, string>;
}

/**
 * Runs the `run:` steps of a composite action (action.yml) the way a GitHub runner does — bash with
 * `--noprofile --norc -eo pipefail`, `GITHUB_OUTPUT`, `RUNNER_TEMP`, step outputs — in `workspace`.
 * `uses:` steps are recorded, not run. Expressions are limited to what Vetted's action uses:
 * `${{ inputs.x }}`, `${{ steps.s.outputs.y }}`, and `if:` conditions joining `a == 'b'` / `a != 'b'`
 * with `&&`; anything else fails, so the action cannot outgrow this harness unnoticed.
 */
export function runCompositeAction(
  actionFile: string,
  workspace: string,
  withInputs: Record<string, string>,
  extraEnv: Record<string, string> = {},
): ActionRun {
  const action = parse(fs.readFileSync(actionFile, 'utf8')) as {
    inputs: Record<string, { default?: string }>;
    runs: { using: string; steps: Step[] };
  };
  if (action.runs.using !== 'composite') throw new Error('not a composite action');
  for (const name of Object.keys(withInputs)) if (!(name in action.inputs)) throw new Error(`unknown input ${name}`);
  const inputs: Record<string, string> = {};
  for (const [name, spec] of Object.entries(action.inputs)) inputs[name] = withInputs[name] ?? String(spec.default ?? '');
  const outputs: Record<string, Record<string, string>> = {};
  const used: ActionRun['used'] = [];
  const temp = fs.mkdtempSync(path.join(os.tmpdir(), 'vetted-action-'));
  let log = '';
  try {
    for (const [index, step] of action.runs.steps.entries()) {
      const value = (expression: string): string => {
        const inputMatch = /^inputs\.([\w-]+)$/.exec(expression);
        if (inputMatch) return inputs[inputMatch[1]] ?? '';
        const outputMatch = /^steps\.([\w-]+)\.outputs\.([\w-]+)$/.exec(expression);
        if (outputMatch) return outputs[outputMatch[1]]?.[outputMatch[2]] ?? '';
        throw new Error(`unsupported expression: ${expression}`);
      };
      const expand = (text: string) => text.replace(/\$\{\{\s*(.*?)\s*\}\}/g, (_, expression: string) => value(expression));
      if (step.if !== undefined && !condition(step.if.replace(/^\$\{\{\s*|\s*\}\}$/g, ''), value)) continue;
      if (step.uses) {
        used.push({ uses: step.uses, with: Object.fromEntries(Object.entries(step.with ?? {}).map(([k, v]) => [k, expand(String(v))])) });
        continue;
      }
      const outputFile = path.join(temp, `output-${index}`);
      fs.writeFileSync(outputFile, '');
      const script = path.join(temp, `step-${index}.sh`);
      fs.writeFileSync(script, step.run ?? '');
      const env = {
        ...process.env,
        ...Object.fromEntries(Object.entries(step.env ?? {}).map(([k, v]) => [k, expand(String(v))])),
        GITHUB_OUTPUT: outputFile,
        RUNNER_TEMP: temp,
        GITHUB_ACTION_PATH: path.dirname(actionFile),
        ...extraEnv,
      };
      const result = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', script], { cwd: workspace, env, encoding: 'utf8' });
      log += result.stdout + result.stderr;
      if (step.id)
        outputs[step.id] = Object.fromEntries(
          fs
            .readFileSync(outputFile, 'utf8')
            .split('\n')
            .filter(Boolean)
            .map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]),
        );
      if (result.status !== 0) return { exitCode: result.status ?? 1, log, outputs, used };
    }
    return { exitCode: 0, log, outputs, used };
  } finally {
    fs.rmSync(temp, { recursive: true, force: true });
  }
}

function condition(expression: string, value: (expression: string) => string): boolean {
  return expression.split('&&').every((part) => {
    const match = /^\s*([\w.-]+)\s*(==|!=)\s*'([^']*)'\s*$/.exec(part);
    if (!match) throw new Error(`unsupported condition: ${part}`);
    return (value(match[1]) === match[3]) === (match[2] === '==');
  });
}
