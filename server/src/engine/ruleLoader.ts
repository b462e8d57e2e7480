import * as fs from 'fs';
import * as path from 'path';
import Ajv, { ErrorObject, ValidateFunction } from 'ajv';
import { isMap, isScalar, LineCounter, parseDocument, Document, Scalar } from 'yaml';
import schema from './rule.schema.json';
import type { Rule, RuleSpec } from './rule';
import { matchPredicateRegexes } from './matchPredicates';
import { compileRegex } from './regex';
import { readRegularFile } from '../files/regularFile';
import { checkTaintRule, loadTaintSets, TAINT_SET_FOLDER } from './dataflow/taintSets';
import type { TaintSet } from './dataflow/taintTypes';
import { expandFragments, FragmentText, queryOrigin } from './queryFragments';
import { idPathProblem } from './ruleIdPath';
import { readRuleSnapshot } from './ruleSnapshot';

/** A problem with a rule file, located precisely enough to jump to it. */
export interface RuleLoadError {
  file: string;
  /** 1-based line. */
  line: number;
  message: string;
  /**
   * 'warning': the rule loaded and runs; the problem is worth fixing but must not fail a build
   * (a custom rule's file named unlike its id). Absent: an error.
   */
  severity?: 'warning';
}

export interface RuleLoadResult {
  rules: Rule[];
  errors: RuleLoadError[];
  /** Shared taint sets (sources, sanitizers, propagators) that taint rules name. */
  taintSets: TaintSet[];
}

export interface RuleSource {
  directory: string;
  bundled: boolean;
}

/** The rule schema's validator, compiled when the first YAML rule is read (not at all when a snapshot serves). */
let validator: ValidateFunction<RuleSpec> | undefined;
function specValidator(): ValidateFunction<RuleSpec> {
  validator ??= new Ajv({ allErrors: true, allowUnionTypes: true }).compile<RuleSpec>(schema);
  return validator;
}

/**
 * Reads rule files (one rule per YAML file), validates them against the rule schema and reports
 * every problem with its file and line. A broken file is skipped; every other rule still loads.
 */
export class RuleLoader {
  load(sources: RuleSource[]): RuleLoadResult {
    const rules: Rule[] = [];
    const errors: RuleLoadError[] = [];
    const seen = new Map<string, string>();
    const taintSets: TaintSet[] = [];
    // The bundled folder's snapshot, made by the build (see ruleSnapshot.ts), when it is up to date.
    const snapshots = new Map(sources.map((source) => [source, source.bundled ? readRuleSnapshot(source.directory) : undefined]));
    for (const source of sources) {
      const snapshot = snapshots.get(source);
      const loaded = snapshot ? { sets: snapshot.taintSets, errors: [] } : loadTaintSets(source.directory);
      taintSets.push(...loaded.sets);
      errors.push(...loaded.errors);
    }
    for (const source of sources) {
      let results: { file: string; rule?: Rule; errors: RuleLoadError[] }[];
      try {
        results =
          snapshots.get(source)?.rules.map((rule) => ({ file: rule.file, rule, errors: [] })) ??
          listRuleFiles(source.directory).map((file) => ({ file, ...this.loadFile(file, source.bundled, source.directory) }));
      } catch (error) {
        errors.push({ file: source.directory, line: 1, message: `cannot read rule folder: ${describe(error)}` });
        continue;
      }
      for (const { file, ...result } of results) {
        errors.push(...result.errors);
        if (!result.rule) continue;
        const taintErrors = checkTaintRule(result.rule, taintSets);
        errors.push(...taintErrors);
        if (taintErrors.length > 0) continue;
        const previous = seen.get(result.rule.id);
        if (previous) {
          errors.push({
            file,
            line: 1,
            message: `duplicate rule id '${result.rule.id}' (already defined in ${previous}); this file is skipped`,
          });
          continue;
        }
        seen.set(result.rule.id, file);
        rules.push(result.rule);
      }
    }
    return { rules, errors, taintSets };
  }

  /** `root` is the rule folder the file was found in (its id is checked against the path below it). */
  loadFile(file: string, bundled: boolean, root = path.dirname(file)): { rule?: Rule; errors: RuleLoadError[] } {
    const text = readRuleText(file);
    if (typeof text !== 'string') return { errors: [{ file, line: 1, message: `cannot read rule file: ${text.problem}` }] };
    return parseRule(text, file, bundled, root);
  }
}

/** Rule files larger than this are not read: a rule is a page of YAML, and a folder may be someone else's. */
export const MAX_RULE_FILE_BYTES = 1024 * 1024;
const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * A rule file's text, or why it is not one: not a regular file after following links (a FIFO
 * would block, /dev/zero never ends), over the size cap, binary, or not UTF-8.
 */
function readRuleText(file: string): string | { problem: string } {
  const read = readRegularFile(file, MAX_RULE_FILE_BYTES);
  if (!read.ok) return { problem: read.reason };
  if (read.bytes.includes(0)) return { problem: 'not a text file (it contains NUL bytes)' };
  try {
    return utf8.decode(read.bytes);
  } catch {
    return { problem: 'not valid UTF-8 text' };
  }
}

/**
 * One rule file's rule, or its problems. A custom rule whose id does not fit its file name is
 * reported and still returned; every other problem leaves the rule out.
 */
export function parseRule(
  text: string,
  file: string,
  bundled: boolean,
  root = path.dirname(file),
): { rule?: Rule; errors: RuleLoadError[] } {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  if (doc.errors.length > 0) {
    return {
      errors: doc.errors.map((e) => ({
        file,
        line: lineCounter.linePos(e.pos[0]).line,
        message: `YAML syntax error: ${e.message.split('\n')[0]}`,
      })),
    };
  }
  const value: unknown = doc.toJS();
  const validateSpec = specValidator();
  if (!validateSpec(value)) {
    // A bad fragment name fails its own pattern and `propertyNames`: report it once.
    const reported = (validateSpec.errors ?? []).filter((e) => e.propertyName === undefined);
    return { errors: reported.map((e) => schemaError(e, doc, lineCounter, file)) };
  }
  const { fragments, ...written } = value;
  const errors: RuleLoadError[] = [];
  const queryLine = lineOf(doc, lineCounter, ['query']);
  const expansion = expandFragments(
    { text: written.query, line: textStartLine(doc, lineCounter, ['query']) },
    new Map(
      Object.entries(fragments ?? {}).map(([name, text]): [string, FragmentText] => [
        name,
        { text, line: textStartLine(doc, lineCounter, ['fragments', name]), keyLine: lineOf(doc, lineCounter, ['fragments', name]) },
      ]),
    ),
  );
  if (!expansion.query) return { errors: expansion.errors.map((e) => ({ file, ...e })) };
  const query = expansion.query;
  const spec = { ...written, query: query.text };
  if (!/@finding\b/.test(spec.query)) errors.push({ file, line: queryLine, message: "'query' must capture the reported node as @finding" });
  const checkRegex = (source: string, line: number, where: string) => {
    try {
      compileRegex(source, bundled);
    } catch (error) {
      errors.push({ file, line, message: `invalid regular expression in ${where}: ${describe(error)}` });
    }
  };
  (spec.where ?? []).forEach((condition, i) => {
    for (const key of ['matches', 'not-matches'] as const) {
      const source = condition[key];
      if (source !== undefined) checkRegex(source, lineOf(doc, lineCounter, ['where', i, key]), key);
    }
    for (const key of ['inside', 'not-inside'] as const) {
      for (const field of ['name-matches', 'text-matches'] as const) {
        const source = condition[key]?.[field];
        if (source !== undefined) checkRegex(source, lineOf(doc, lineCounter, ['where', i, key, field]), `${key}.${field}`);
      }
    }
  });
  // Checked here for bundled rules too (JavaScript dialect): web-tree-sitter evaluates their
  // predicates, and a pattern it cannot compile (an inline flag such as (?i)) would otherwise
  // surface only as a rule that never matches.
  for (const regex of matchPredicateRegexes(spec.query)) {
    checkRegex(regex.source, queryOrigin(query, regex.offset).line, 'a #match? predicate of the query');
  }
  if (spec.fix) {
    spec.fix.edits.forEach((edit, i) => {
      if (edit.match !== undefined) checkRegex(edit.match, lineOf(doc, lineCounter, ['fix', 'edits', i, 'match']), 'fix edits match');
      if (!new RegExp(`@${escapeRegex(edit.capture)}\\b`).test(spec.query)) {
        errors.push({
          file,
          line: lineOf(doc, lineCounter, ['fix', 'edits', i, 'capture']),
          message: `fix edits capture '@${edit.capture}', which the query does not define`,
        });
      }
    });
  }
  if (errors.length > 0) return { errors };
  const rule: Rule = { ...spec, file, bundled, queryLine, expandedQuery: query };
  const idProblem = idPathProblem(spec.id, file, root, bundled);
  if (!idProblem) return { rule, errors: [] };
  const line = lineOf(doc, lineCounter, ['id']);
  // A bundled rule in the wrong place is a defect of the product; a user's naming is their own
  // business, so it is a warning that never changes an exit code.
  return bundled
    ? { errors: [{ file, line, message: idProblem }] }
    : { rule, errors: [{ file, line, message: idProblem, severity: 'warning' }] };
}

export function schemaError(error: ErrorObject, doc: Document, lineCounter: LineCounter, file: string): RuleLoadError {
  const segments = error.instancePath
    .split('/')
    .slice(1)
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s.replace(/~1/g, '/').replace(/~0/g, '~')));
  const where = error.instancePath ? `'${segments.join('.')}'` : 'rule';
  let detail = error.message ?? 'is invalid';
  if (error.keyword === 'additionalProperties') {
    const key = (error.params as { additionalProperty: string }).additionalProperty;
    return { file, line: lineOf(doc, lineCounter, [...segments, key]), message: `${where} has unknown key '${key}'` };
  }
  if (error.keyword === 'propertyNames') {
    const name = (error.params as { propertyName: string }).propertyName;
    return {
      file,
      line: lineOf(doc, lineCounter, [...segments, name]),
      message: `${where} has a fragment named '${name}': names are lowercase letters, digits and '-'`,
    };
  }
  if (error.keyword === 'enum') detail = `must be one of: ${(error.params as { allowedValues: unknown[] }).allowedValues.join(', ')}`;
  return { file, line: lineOf(doc, lineCounter, segments), message: `${where} ${detail}` };
}

/** The line of the value at `segments` (or of its nearest existing parent). */
export function lineOf(doc: Document, lineCounter: LineCounter, segments: (string | number)[]): number {
  for (let n = segments.length; n >= 0; n--) {
    const node = doc.getIn(segments.slice(0, n), true);
    if (node && (isScalar(node) || isMap(node) || typeof node === 'object') && (node as { range?: [number, number, number] }).range) {
      const range = (node as { range: [number, number, number] }).range;
      // For a block scalar (`query: |`) the value starts on the line after the key; report the key's line.
      const line = lineCounter.linePos(range[0]).line;
      const parent = n > 0 ? doc.getIn(segments.slice(0, n - 1), true) : undefined;
      if (isMap(parent)) {
        const pair = parent.items.find((item) => isScalar(item.key) && item.key.value === segments[n - 1]);
        const keyRange = pair && isScalar(pair.key) ? pair.key.range : undefined;
        if (keyRange) return lineCounter.linePos(keyRange[0]).line;
      }
      return line;
    }
  }
  return 1;
}

/**
 * The line of the first line of the text at `segments`: a block scalar (`query: |`) starts on the
 * line after its key, a quoted or plain one on the key's line.
 */
function textStartLine(doc: Document, lineCounter: LineCounter, segments: string[]): number {
  const node = doc.getIn(segments, true);
  if (!isScalar(node) || !node.range) return lineOf(doc, lineCounter, segments);
  const line = lineCounter.linePos(node.range[0]).line;
  return node.type === Scalar.BLOCK_LITERAL || node.type === Scalar.BLOCK_FOLDED ? line + 1 : line;
}

function listRuleFiles(directory: string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== TAINT_SET_FOLDER) walk(full);
      } else if (/\.ya?ml$/i.test(entry.name)) out.push(full);
    }
  };
  walk(directory);
  return out;
}

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
