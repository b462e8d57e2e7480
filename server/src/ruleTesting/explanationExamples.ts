import * as fs from 'fs';
import * as path from 'path';
import type { VettedEngine } from '../engine/engine';
import { GrammarName, grammarForPath, grammarsForRuleLanguage } from '../engine/languages';
import type { Rule } from '../engine/rule';
import { virtualPath } from './annotations';
import { fixturesOf } from '../engine/ruleFixtures';
import type { Check } from './results';

/**
 * Explanation examples: every fenced code block in a rule's explanation whose language the rule
 * analyses is split into parts and each part is analysed with the rule.
 *
 * - A part starts at a comment line beginning with `Bad` or `Good` (`// Bad`, `# Good: public,
 *   no cookies`) and runs to the next such line or the end of the block.
 * - Lines before the first marker are a preamble (imports, setup) analysed with every part.
 * - Each part is analysed on its own, with the preamble: the other parts' lines are blanked, so
 *   line numbers stay the block's. A Bad part must produce at least one finding of the rule on its
 *   own lines; a Good part none at all.
 * - Skipped, and counted as skipped: a block in a language the rule does not analyse, a block
 *   without Bad/Good markers, and a block whose info string says `vetted-skip`
 *   (` ```js vetted-skip `) because it is deliberately not analysable (pseudo-code, a fragment of
 *   configuration).
 * Examples are analysed at the path of the rule's first fixture (its `vetted-path`, if any, else
 * its name with the block's extension), so rules with `paths` filters see the fixture's path.
 */
export interface ExampleBlock {
  /** The fence's info string: the language, then anything else (`js vetted-skip`). */
  info: string;
  lines: string[];
}

export interface ExamplePart {
  verdict: 'Bad' | 'Good';
  /** Label as written after the comment marker (`Good: public, no cookies`). */
  label: string;
  /** 0-based lines of the block (after the fence) that belong to the part, marker included. */
  from: number;
  to: number;
}

const FENCE = /^\s*(```+|~~~+)\s*([^`\s]*)(.*)$/;
const MARKER = /^\s*(?:\/\/|#)\s*((Bad|Good)\b.*)$/;

const LANGUAGE_EXTENSION: Record<string, string> = {
  js: '.js',
  javascript: '.js',
  jsx: '.jsx',
  mjs: '.js',
  cjs: '.js',
  ts: '.ts',
  typescript: '.ts',
  tsx: '.tsx',
  python: '.py',
  py: '.py',
};

export function codeBlocks(markdown: string): ExampleBlock[] {
  const lines = markdown.split(/\r?\n/);
  const blocks: ExampleBlock[] = [];
  for (let i = 0; i < lines.length; i++) {
    const open = FENCE.exec(lines[i]);
    if (!open) continue;
    const fence = open[1];
    let end = i + 1;
    while (end < lines.length && !lines[end].trim().startsWith(fence)) end++;
    blocks.push({ info: `${open[2]}${open[3]}`.trim(), lines: lines.slice(i + 1, end) });
    i = end;
  }
  return blocks;
}

export function splitParts(block: ExampleBlock): ExamplePart[] {
  const parts: ExamplePart[] = [];
  block.lines.forEach((line, index) => {
    const marker = MARKER.exec(line);
    if (!marker) return;
    if (parts.length > 0) parts[parts.length - 1].to = index;
    parts.push({ verdict: marker[2] as 'Bad' | 'Good', label: marker[1].trim(), from: index, to: block.lines.length });
  });
  return parts;
}

function blockExtension(info: string): string | undefined {
  return LANGUAGE_EXTENSION[info.split(/\s+/)[0].toLowerCase()];
}

/** The grammar a block's info string names, if it is one the rule analyses. */
function blockGrammar(rule: Rule, info: string): GrammarName | 'other language' | undefined {
  const extension = blockExtension(info);
  if (!extension) return undefined;
  const grammar = grammarForPath(`example${extension}`)!;
  return rule.languages.some((l) => grammarsForRuleLanguage(l).includes(grammar)) ? grammar : 'other language';
}

export async function checkExplanationExamples(engine: VettedEngine, rule: Rule): Promise<Check[]> {
  const fenceLines = explanationFenceLines(rule.file);
  const fixture = fixturesOf(rule.file)[0];
  const fixturePath = fixture ? virtualPath(fs.readFileSync(fixture, 'utf8')) : undefined;
  const blocks = codeBlocks(rule.explanation);
  const checks: Check[] = [];
  for (const [index, block] of blocks.entries()) {
    // The opening fence's line in the rule file, when the explanation's fences can be found there.
    const fenceLine = fenceLines.length === blocks.length ? fenceLines[index] : undefined;
    const lineInFile = (blockLine: number) => (fenceLine === undefined ? undefined : fenceLine + 1 + blockLine);
    const skipped = skipReason(rule, block);
    if (skipped) {
      checks.push({
        status: 'skip',
        kind: 'example',
        file: rule.file,
        line: fenceLine,
        subject: `example ${index + 1} (\`\`\`${block.info})`,
        detail: skipped,
      });
      continue;
    }
    const grammar = blockGrammar(rule, block.info) as GrammarName;
    const relativePath = examplePath(fixture, fixturePath, blockExtension(block.info)!);
    const parts = splitParts(block);
    for (const part of parts) {
      // The preamble and this part; the other parts' lines are blank so line numbers stay the block's.
      const text = block.lines.map((line, i) => (i < parts[0].from || (i >= part.from && i < part.to) ? line : '')).join('\n');
      const result = await engine.analyzeText(text, grammar, { isRuleEnabled: (r) => r.id === rule.id, relativePath });
      const findings = result.findings.filter((f) => f.rule.id === rule.id);
      const base = { file: rule.file, line: lineInFile(part.from), subject: `example ${index + 1}, ${part.label}` };
      if (part.verdict === 'Bad') {
        const inPart = findings.filter((f) => f.range.start.line >= part.from && f.range.start.line < part.to);
        checks.push(
          inPart.length > 0
            ? { ...base, kind: 'example Bad', status: 'pass', detail: `${inPart.length} finding(s)` }
            : { ...base, kind: 'example Bad', status: 'fail', detail: `the Bad part produces no finding of ${rule.id}` },
        );
      } else if (findings.length === 0) {
        checks.push({ ...base, kind: 'example Good', status: 'pass' });
      } else {
        const where = lineInFile(findings[0].range.start.line);
        const at = where === undefined ? `block line ${findings[0].range.start.line + 1}` : `line ${where}`;
        checks.push({
          ...base,
          kind: 'example Good',
          status: 'fail',
          detail: `the Good part is flagged by ${rule.id} on ${at}: ${findings[0].message}`,
        });
      }
    }
  }
  return checks;
}

/** Why a block is not analysed, or undefined when it is. */
function skipReason(rule: Rule, block: ExampleBlock): string | undefined {
  const grammar = blockGrammar(rule, block.info);
  if (grammar === undefined) return 'not code in a language Vetted analyses';
  if (grammar === 'other language') return 'in a language the rule does not analyse';
  if (/\bvetted-skip\b/.test(block.info)) return 'marked vetted-skip';
  if (splitParts(block).length === 0) return 'no // Bad or // Good part';
  return undefined;
}

function examplePath(fixture: string | undefined, fixturePath: string | undefined, extension: string): string {
  if (fixturePath) return fixturePath;
  if (!fixture) return `example${extension}`;
  const name = path.basename(fixture);
  return name.slice(0, name.length - path.extname(name).length) + extension;
}

/** 1-based lines of the opening code fences in the rule file (the explanation is the only multi-line Markdown in a rule). */
function explanationFenceLines(ruleFile: string): number[] {
  let text: string;
  try {
    text = fs.readFileSync(ruleFile, 'utf8');
  } catch {
    return [];
  }
  const out: number[] = [];
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const open = FENCE.exec(lines[i]);
    if (!open) continue;
    out.push(i + 1);
    const fence = open[1];
    i++;
    while (i < lines.length && !lines[i].trim().startsWith(fence)) i++;
  }
  return out;
}
