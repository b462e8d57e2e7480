import * as fs from 'fs';
import * as path from 'path';
import Ajv, { ValidateFunction } from 'ajv';
import { LineCounter, parseDocument } from 'yaml';
import type { RuleLoadError } from '../ruleLoader';
import { lineOf, schemaError } from '../ruleLoader';
import type { GrammarName } from '../languages';
import type { Rule } from '../rule';
import schema from './taintSet.schema.json';
import type { TaintEntry, TaintSet, TaintSetKind, TaintSpec } from './taintTypes';

/** Shared sets live in `_sets/` folders of a rule folder; rule loading skips these folders. */
export const TAINT_SET_FOLDER = '_sets';

type SetsFile = { sets: Omit<TaintSet, 'file' | 'queryLine'>[] };
/** The set schema's validator, compiled when the first set file is read (not when a snapshot serves). */
let validator: ValidateFunction<SetsFile> | undefined;
function setsValidator(): ValidateFunction<SetsFile> {
  validator ??= new Ajv({ allErrors: true }).compile<SetsFile>(schema);
  return validator;
}

/** The capture each kind of entry must define. */
export const CAPTURE_OF_KIND: Record<TaintSetKind, string[]> = { source: ['source'], sanitizer: ['sanitizer'], propagator: ['from', 'to'] };

/** Reads every `_sets/*.yaml` file under a rule folder, reporting problems with file and line. */
export function loadTaintSets(directory: string): { sets: TaintSet[]; errors: RuleLoadError[] } {
  const sets: TaintSet[] = [];
  const errors: RuleLoadError[] = [];
  for (const file of setFiles(directory)) {
    let text: string;
    try {
      text = fs.readFileSync(file, 'utf8');
    } catch (error) {
      errors.push({ file, line: 1, message: `cannot read taint set file: ${error instanceof Error ? error.message : String(error)}` });
      continue;
    }
    const lineCounter = new LineCounter();
    const doc = parseDocument(text, { lineCounter, prettyErrors: false });
    if (doc.errors.length > 0) {
      errors.push(
        ...doc.errors.map((e) => ({
          file,
          line: lineCounter.linePos(e.pos[0]).line,
          message: `YAML syntax error: ${e.message.split('\n')[0]}`,
        })),
      );
      continue;
    }
    const value: unknown = doc.toJS();
    const validateSets = setsValidator();
    if (!validateSets(value)) {
      errors.push(...(validateSets.errors ?? []).map((e) => schemaError(e, doc, lineCounter, file)));
      continue;
    }
    value.sets.forEach((set, i) => {
      const queryLine = lineOf(doc, lineCounter, ['sets', i, 'query']);
      const missing = CAPTURE_OF_KIND[set.kind].filter((c) => !new RegExp(`@${c}\\b`).test(set.query));
      if (missing.length > 0)
        errors.push({
          file,
          line: queryLine,
          message: `${set.kind} set '${set.name}' must capture ${missing.map((c) => `@${c}`).join(' and ')}`,
        });
      else sets.push({ ...set, file, queryLine });
    });
  }
  return { sets, errors };
}

/** Problems with a taint rule's references: unknown set names, sets of the wrong kind or language, missing captures. */
export function checkTaintRule(rule: Rule, sets: TaintSet[]): RuleLoadError[] {
  const taint = rule.taint;
  if (!taint) return [];
  const errors: RuleLoadError[] = [];
  if (!/@sink\b/.test(rule.query))
    errors.push({
      file: rule.file,
      line: rule.queryLine,
      message: "a taint rule's query must capture the value that must not be tainted as @sink",
    });
  const kinds: [keyof TaintSpec, TaintSetKind][] = [
    ['sources', 'source'],
    ['sanitizers', 'sanitizer'],
    ['propagators', 'propagator'],
  ];
  for (const [key, kind] of kinds) {
    for (const entry of taint[key] ?? []) {
      if (typeof entry === 'string') {
        const set = resolveSet(entry, kind, rule, sets);
        if (!set)
          errors.push({
            file: rule.file,
            line: rule.queryLine,
            message: `taint.${key} names '${entry}', which is no ${kind} set for ${rule.languages.join('/')} (see rules/<language>/_sets/)`,
          });
      } else {
        const missing = CAPTURE_OF_KIND[kind].filter((c) => !new RegExp(`@${c}\\b`).test(entry.query));
        if (missing.length > 0)
          errors.push({
            file: rule.file,
            line: rule.queryLine,
            message: `an inline entry of taint.${key} must capture ${missing.map((c) => `@${c}`).join(' and ')}`,
          });
      }
    }
  }
  return errors;
}

/** The set a rule's entry names: same name, same kind, sharing a language with the rule (and applying to `grammar`, if given). */
export function resolveSet(
  name: string,
  kind: TaintSetKind,
  rule: Pick<Rule, 'languages'>,
  sets: TaintSet[],
  grammar?: GrammarName,
): TaintSet | undefined {
  return sets.find(
    (s) => s.name === name && s.kind === kind && rule.languages.some((l) => s.languages.includes(l)) && (!grammar || appliesTo(s, grammar)),
  );
}

/** JavaScript sets also apply to TypeScript files; TypeScript-only sets (decorators, types) do not apply to JavaScript. */
function appliesTo(set: TaintSet, grammar: GrammarName): boolean {
  if (grammar === 'python') return set.languages.includes('python');
  if (grammar === 'javascript') return set.languages.includes('javascript');
  return set.languages.includes('typescript') || set.languages.includes('javascript');
}

/** An entry's query text and its origin (for compile errors). */
export function entryQuery(
  entry: TaintEntry,
  kind: TaintSetKind,
  rule: Rule,
  sets: TaintSet[],
  grammar: GrammarName,
): { query: string; file: string; line: number; description: string; fileMatches?: string } | undefined {
  if (typeof entry !== 'string') return { query: entry.query, file: rule.file, line: rule.queryLine, description: 'untrusted input' };
  const set = resolveSet(entry, kind, rule, sets, grammar);
  return set && { query: set.query, file: set.file, line: set.queryLine, description: set.description, fileMatches: set['file-matches'] };
}

function setFiles(directory: string): string[] {
  const out: string[] = [];
  const stack = [directory];
  while (stack.length > 0) {
    const dir = stack.pop()!;
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch {
      continue;
    }
    for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
      const full = path.join(dir, entry.name);
      if (!entry.isDirectory()) continue;
      if (entry.name === TAINT_SET_FOLDER) {
        for (const f of fs.readdirSync(full).sort()) if (/\.ya?ml$/i.test(f)) out.push(path.join(full, f));
      } else stack.push(full);
    }
  }
  return out.sort();
}
