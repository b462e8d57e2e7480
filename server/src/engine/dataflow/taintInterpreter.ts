import type { Node } from 'web-tree-sitter';
import { baseNames, guardOf } from './guards';
import type { LanguageAdapter } from './languageAdapter';
import type { TraceStep } from './taintTypes';

/** A tainted value: how it got here (source first) and how to name its current holder. */
export interface Taint {
  label: string;
  steps: TraceStep[];
}

/** What the rule's queries found in the file, by node id. */
export interface TaintFacts {
  /** Source nodes and what they are (e.g. "user input (Express request)"). */
  sources: Map<number, string>;
  sanitizers: Set<number>;
  /** Propagator results and the nodes their taint comes from. */
  propagators: Map<number, Node[]>;
}

type Env = Map<string, Taint>;

/** Paths longer than this keep their first and latest steps only. */
const MAX_STEPS = 24;
/** Statement nesting deeper than this is not analysed (bad input must not exhaust the stack). */
const MAX_STATEMENT_DEPTH = 120;
/** Nested functions and same-file calls followed at most this deep. */
const MAX_FUNCTION_DEPTH = 24;
const MAX_CALL_DEPTH = 4;
/** Loops reach their fixed point in two or three rounds (taint only grows); this bounds bad cases. */
const MAX_LOOP_ROUNDS = 4;

class BudgetExceeded extends Error {}

/**
 * Intraprocedural taint analysis over a syntax tree, with closures (nested functions see their
 * enclosing scope) and same-file calls (a helper called with tainted arguments is analysed with
 * its parameters tainted; its return value carries taint back). May-taint: branches are merged,
 * loops run to a fixed point, guards clean on the branch where the check passed. Expressions are
 * evaluated with an explicit stack, so a 5,000-term concatenation cannot overflow it.
 */
export class TaintInterpreter {
  /** Every evaluated node found tainted, by node id. */
  readonly tainted = new Map<number, Taint>();
  timedOut = false;
  private functionNamed: (name: string) => Node | undefined = () => undefined;
  private readonly callMemo = new Map<string, Taint | undefined | 'pending'>();
  private readonly returnStack: (Taint | undefined)[][] = [];
  private functionDepth = 0;
  private callDepth = 0;
  private ticks = 0;

  constructor(
    private readonly adapter: LanguageAdapter,
    private readonly facts: TaintFacts,
    private readonly deadline: number,
    /**
     * Where the walk's sink is: its unit, and the innermost function holding it. Functions nested
     * in that unit which do not contain `holding` are not walked. Nothing flows out of a nested
     * function but its return value, which is only used when it is called by name (a same-file
     * function, walked anyway).
     */
    private readonly focus?: { unit: Node; holding: Node },
  ) {}

  /** Whether a function nested in the focus unit can be skipped: it does not hold the sink. */
  private offFocus(fn: Node): boolean {
    const focus = this.focus;
    if (!focus || fn.startIndex < focus.unit.startIndex || fn.endIndex > focus.unit.endIndex) return false;
    return focus.holding.startIndex < fn.startIndex || focus.holding.endIndex > fn.endIndex;
  }

  /** Named children and fields, read once per node: each read through the tree API builds new node objects. */
  private readonly childCache = new Map<number, Node[]>();
  private readonly fieldCache = new Map<number, Map<string, Node | null>>();

  private children(node: Node): Node[] {
    let children = this.childCache.get(node.id);
    if (!children) {
      children = node.namedChildren.filter((c): c is Node => !!c);
      this.childCache.set(node.id, children);
    }
    return children;
  }

  private field(node: Node, name: string): Node | null {
    let fields = this.fieldCache.get(node.id);
    if (!fields) this.fieldCache.set(node.id, (fields = new Map<string, Node | null>()));
    let value = fields.get(name);
    if (value === undefined) {
      value = node.childForFieldName(name);
      fields.set(name, value);
    }
    return value;
  }

  private fieldOf(node: Node | null | undefined, name: string): Node | null | undefined {
    return node ? this.field(node, name) : undefined;
  }

  /**
   * Analyses top-level statements (`units`), each from an empty scope; functions of the file they
   * call are followed wherever they are (`functionNamed` finds the file's named functions).
   */
  run(units: Node[], functionNamed: (name: string) => Node | undefined): void {
    this.functionNamed = functionNamed;
    try {
      for (const unit of units) this.exec(unit, new Map(), 0);
    } catch (error) {
      if (!(error instanceof BudgetExceeded)) throw error;
      this.timedOut = true;
    }
  }

  private tick(): void {
    if ((++this.ticks & 63) === 0 && performance.now() > this.deadline) throw new BudgetExceeded();
  }

  /** Runs a statement; returns the variables after it, or null when every path through it ends. */
  private exec(node: Node, env: Env, depth: number): Env | null {
    this.tick();
    const a = this.adapter;
    if (depth > MAX_STATEMENT_DEPTH || a.comment.has(node.type)) return env;
    const type = node.type;
    if (a.blocks.has(type) || a.elseClauses.has(type)) {
      let current: Env | null = env;
      for (const child of this.children(node)) {
        if (!child) continue;
        current = this.exec(child, current, depth + 1);
        if (!current) return null;
      }
      return current;
    }
    if (a.declarations.has(type)) {
      for (const d of this.children(node)) {
        if (!d || d.type !== a.declarator.type) continue;
        const value = this.field(d, a.declarator.value);
        const name = this.field(d, a.declarator.name);
        const taint = value ? this.eval(value, env) : undefined;
        if (name) this.bind(name, taint, env);
      }
      return env;
    }
    if (type === 'expression_statement') {
      let exits = false;
      for (const child of this.children(node)) {
        if (!child) continue;
        this.eval(child, env);
        if (a.call.types.has(child.type) && a.exitCalls.has(this.field(child, a.call.function)?.text ?? '')) exits = true;
      }
      return exits ? null : env;
    }
    if (type === a.ifStatement.type) return this.execIf(node, env, depth);
    if (a.forEach.types.has(type)) {
      const iterable = this.field(node, a.forEach.right);
      const taint = iterable ? this.eval(iterable, env) : undefined;
      const left = this.field(node, a.forEach.left);
      return this.loop(this.field(node, a.forEach.body), env, depth, (e) => {
        if (left) this.bind(left, taint, e);
      });
    }
    if (a.loops.has(type)) {
      for (const field of ['initializer', 'condition', 'increment']) {
        const part = this.field(node, field);
        if (part) this.exec(part, env, depth + 1);
      }
      return this.loop(this.field(node, 'body'), env, depth, () => undefined);
    }
    if (a.returns.has(type)) {
      const value = this.children(node).find((c) => c && !a.comment.has(c.type)) ?? null;
      const taint = value ? this.eval(value, env) : undefined;
      this.returnStack[this.returnStack.length - 1]?.push(taint);
      return null;
    }
    if (a.exits.has(type)) {
      for (const child of this.children(node)) if (child) this.eval(child, env);
      return null;
    }
    if (type === a.tryStatement.type) return this.execTry(node, env, depth);
    if (a.functions.has(type)) {
      if (!this.offFocus(node)) this.analyzeFunction(node, env, []);
      return env;
    }
    if (node.isNamed && node.namedChildCount === 0) {
      this.eval(node, env);
      return env;
    }
    if (isExpression(node, a)) {
      this.eval(node, env);
      return env;
    }
    // Anything else (switch, with, class members, decorators...): its parts in order, paths merged.
    let merged: Env | null = env;
    let current: Env = env;
    for (const child of this.children(node)) {
      if (!child) continue;
      const after = this.exec(child, new Map(current), depth + 1);
      if (after) {
        current = after;
        merged = merge(merged, after);
      }
    }
    return merged ? merge(merged, current) : current;
  }

  private execIf(node: Node, env: Env, depth: number): Env | null {
    const a = this.adapter;
    const condition = this.field(node, a.ifStatement.condition);
    if (condition) this.eval(condition, env);
    const guard = guardOf(condition);
    const consequence = this.field(node, a.ifStatement.consequence);
    const thenEnv = consequence ? this.exec(consequence, without(env, guard.onTrue), depth + 1) : without(env, guard.onTrue);
    const alternatives = node.childrenForFieldName(a.ifStatement.alternative).filter((n): n is Node => !!n);
    let elseEnv: Env | null = without(env, guard.onFalse);
    for (const alternative of alternatives) {
      // Python's `elif` clauses are themselves conditions with their own guards.
      if (alternative.type === 'elif_clause') {
        elseEnv = elseEnv ? this.execIf(alternative, elseEnv, depth + 1) : null;
      } else if (elseEnv) {
        elseEnv = this.exec(alternative, elseEnv, depth + 1);
      }
    }
    return merge(thenEnv, elseEnv);
  }

  private execTry(node: Node, env: Env, depth: number): Env | null {
    const a = this.adapter;
    const body =
      this.field(node, a.tryStatement.body) ??
      this.children(node).find((c) => c?.type === 'block' || c?.type === 'statement_block') ??
      null;
    const afterBody = body ? this.exec(body, new Map(env), depth + 1) : env;
    // A handler may run after any part of the body: start it from everything the body could have set.
    let result = afterBody;
    const handlerStart = merge(env, afterBody) ?? env;
    for (const child of this.children(node)) {
      if (!child || child === body || child.id === body?.id) continue;
      if (a.tryStatement.handlers.has(child.type)) result = merge(result, this.exec(child, new Map(handlerStart), depth + 1));
      else if (a.tryStatement.finalizers.has(child.type) && result) result = this.exec(child, result, depth + 1);
      else if (!a.tryStatement.handlers.has(child.type) && !a.tryStatement.finalizers.has(child.type) && result)
        result = this.exec(child, result, depth + 1);
    }
    return result;
  }

  /** A loop body to a fixed point: taint only grows, so this ends; the entry state is kept (zero rounds). */
  private loop(body: Node | null, env: Env, depth: number, enter: (env: Env) => void): Env {
    let state = env;
    for (let round = 0; round < MAX_LOOP_ROUNDS && body; round++) {
      const start = new Map(state);
      enter(start);
      const after = this.exec(body, start, depth + 1);
      const next = merge(state, after) ?? state;
      if (sameKeys(next, state)) return next;
      state = next;
    }
    return state;
  }

  /**
   * A nested or called function, its parameters bound to `params` (one taint per position) and
   * the enclosing variables visible (minus the parameters' names, which shadow them). Returns the
   * taint of its return values.
   */
  private analyzeFunction(fn: Node, env: Env, params: (Taint | undefined)[]): Taint | undefined {
    if (this.functionDepth >= MAX_FUNCTION_DEPTH) return undefined;
    const a = this.adapter;
    const scope = new Map(env);
    const parameters =
      this.field(fn, a.functionParts.parameters) ?? (a.functionParts.parameter ? this.field(fn, a.functionParts.parameter) : null);
    const list = parameters
      ? this.adapter.patternContainers.has(parameters.type) || parameters.type === 'parameters' || parameters.type === 'lambda_parameters'
        ? this.children(parameters).filter((n): n is Node => !!n && !a.comment.has(n.type))
        : [parameters]
      : [];
    list.forEach((param, i) => {
      for (const name of this.patternNames(param)) scope.delete(name.text);
      // A parameter can itself be a source (NestJS `@Query() q`, a FastAPI path parameter).
      const source = this.facts.sources.get(param.id);
      const name = this.patternNames(param)[0] ?? param;
      const taint =
        source !== undefined ? { label: name.text, steps: [stepAt(name, 'source', `\`${short(name.text)}\` is ${source}`)] } : params[i];
      if (taint) this.bind(param, taint, scope);
    });
    const body = this.field(fn, a.functionParts.body);
    if (!body) return undefined;
    this.functionDepth++;
    this.returnStack.push([]);
    try {
      if (a.blocks.has(body.type) || body.type === 'block') this.exec(body, scope, 0);
      else this.returnStack[this.returnStack.length - 1].push(this.eval(body, scope));
    } finally {
      this.functionDepth--;
    }
    return this.returnStack.pop()?.find((t) => t);
  }

  /** Binds every name in a pattern (identifier, destructuring with defaults and rest) to a value's taint. */
  private bind(pattern: Node, taint: Taint | undefined, env: Env): void {
    const a = this.adapter;
    const stack: { node: Node; taint: Taint | undefined }[] = [{ node: pattern, taint }];
    while (stack.length > 0) {
      const popped = stack.pop()!;
      const node = popped.node;
      // A sanitizer may capture part of a pattern: what is bound there is clean (a rule about whole
      // request objects treats `const { name } = body` as reading one field).
      const t = popped.taint && this.facts.sanitizers.has(node.id) ? undefined : popped.taint;
      if (a.identifiers.has(node.type)) {
        if (t) env.set(node.text, this.step(t, node, node.text));
        else env.delete(node.text);
        continue;
      }
      const wrapped = a.parameterWrappers[node.type];
      if (wrapped) {
        const inner = this.field(node, wrapped) ?? this.children(node).find((c) => c?.type === 'identifier') ?? null;
        if (inner) stack.push({ node: inner, taint: t });
        continue;
      }
      const withDefault = a.patternDefaults[node.type];
      if (withDefault) {
        const left = this.field(node, withDefault.left);
        const right = this.field(node, withDefault.right);
        const fallback = right ? this.eval(right, env) : undefined;
        if (left) stack.push({ node: left, taint: t ?? fallback });
        continue;
      }
      const pairValue = a.patternPairs[node.type];
      if (pairValue) {
        const value = this.field(node, pairValue);
        if (value) stack.push({ node: value, taint: t });
        continue;
      }
      if (a.members[node.type] !== undefined) {
        // `obj.field = tainted` taints `obj` (no alias analysis: a weak update, never a clean).
        const base = baseNames(node)[0];
        if (base && t) env.set(base, this.step(t, node, node.text));
        continue;
      }
      if (
        a.patternContainers.has(node.type) ||
        node.type === 'pattern_list' ||
        node.type === 'tuple_pattern' ||
        node.type === 'list_pattern' ||
        node.type === 'list_splat_pattern' ||
        node.type === 'expression_list'
      ) {
        for (const child of this.children(node)) if (child) stack.push({ node: child, taint: t });
      }
    }
  }

  private patternNames(pattern: Node): Node[] {
    const names: Node[] = [];
    const stack = [pattern];
    while (stack.length > 0) {
      const node = stack.pop()!;
      if (this.adapter.identifiers.has(node.type)) names.push(node);
      else if (this.adapter.patternDefaults[node.type]) {
        const left = this.field(node, this.adapter.patternDefaults[node.type].left);
        if (left) stack.push(left);
      } else if (this.adapter.parameterWrappers[node.type]) {
        const inner =
          this.field(node, this.adapter.parameterWrappers[node.type]) ?? this.children(node).find((c) => c?.type === 'identifier');
        if (inner) stack.push(inner);
      } else for (const child of this.children(node)) if (child && !isTypeNode(child)) stack.push(child);
    }
    return names;
  }

  private step(taint: Taint, at: Node, label: string): Taint {
    if (taint.label === label) return taint;
    // The line it comes from is added when the path is shown (stepText), so kept findings stay right as lines move.
    const message = `\`${short(label)}\` comes from \`${short(taint.label)}\``;
    const steps = [...taint.steps, stepAt(at, 'step', message)];
    return { label, steps: steps.length > MAX_STEPS ? [steps[0], ...steps.slice(steps.length - MAX_STEPS + 1)] : steps };
  }

  /** The taint of an expression's value (undefined: clean), evaluating every part once, bottom-up. */
  private eval(root: Node, env: Env): Taint | undefined {
    const a = this.adapter;
    const values = new Map<number, Taint | undefined>();
    const stack: { node: Node; expanded: boolean }[] = [{ node: root, expanded: false }];
    while (stack.length > 0) {
      const frame = stack[stack.length - 1];
      const node = frame.node;
      if (!frame.expanded) {
        this.tick();
        frame.expanded = true;
        const source = this.facts.sources.get(node.id);
        if (source !== undefined) {
          stack.pop();
          this.record(node, values, { label: node.text, steps: [stepAt(node, 'source', `\`${short(node.text)}\` is ${source}`)] });
          continue;
        }
        if (a.identifiers.has(node.type)) {
          stack.pop();
          this.record(node, values, env.get(node.text));
          continue;
        }
        // Literals are clean and hold nothing to evaluate: their parts are not read at all.
        if (isPlainLiteral(node)) {
          stack.pop();
          values.set(node.id, undefined);
          continue;
        }
        if (a.functions.has(node.type)) {
          stack.pop();
          if (!this.offFocus(node)) this.analyzeFunction(node, env, this.callbackParams(node, values));
          values.set(node.id, undefined);
          continue;
        }
        const children = this.childrenToEvaluate(node);
        for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i], expanded: false });
        continue;
      }
      stack.pop();
      this.record(node, values, this.combine(node, values, env));
    }
    return values.get(root.id);
  }

  private record(node: Node, values: Map<number, Taint | undefined>, taint: Taint | undefined): void {
    values.set(node.id, taint);
    if (taint && !this.tainted.has(node.id)) this.tainted.set(node.id, taint);
  }

  private childrenToEvaluate(node: Node): Node[] {
    const a = this.adapter;
    // Property names and object keys are not values; everything else is evaluated (sinks and
    // nested functions can sit anywhere).
    const member = a.members[node.type];
    if (member !== undefined) {
      return this.children(node).filter(
        (c): c is Node =>
          !!c &&
          c.type !== 'property_identifier' &&
          c.type !== 'private_property_identifier' &&
          !(node.type === 'attribute' && c.id === this.field(node, 'attribute')?.id),
      );
    }
    if (node.type === 'pair') {
      const value = this.field(node, 'value');
      const key = this.field(node, 'key');
      return [...(key?.type === 'computed_property_name' ? [key] : []), ...(value ? [value] : [])];
    }
    return this.children(node).filter((c): c is Node => !!c && !a.comment.has(c.type) && !isTypeNode(c));
  }

  /** Parameters of a callback: `p.then(v => ...)` and `xs.map(x => ...)` get the receiver's taint. */
  private callbackParams(fn: Node, values: Map<number, Taint | undefined>): (Taint | undefined)[] {
    const a = this.adapter;
    const args = fn.parent;
    const call = args?.parent;
    if (!args || !call || !a.call.types.has(call.type) || args.id !== this.field(call, a.call.arguments)?.id) return [];
    const callee = this.field(call, a.call.function);
    if (!callee || callee.type !== a.memberCallee.type) return [];
    const index = a.callbackMethods[this.field(callee, a.memberCallee.property)?.text ?? ''];
    const receiver = this.field(callee, a.memberCallee.object);
    if (index === undefined || !receiver) return [];
    const taint = values.get(receiver.id);
    const params: (Taint | undefined)[] = [];
    params[index] = taint;
    return params;
  }

  private combine(node: Node, values: Map<number, Taint | undefined>, env: Env): Taint | undefined {
    const a = this.adapter;
    if (this.facts.sanitizers.has(node.id)) return undefined;
    const from = this.facts.propagators.get(node.id);
    if (from) {
      for (const f of from) {
        const t = values.get(f.id) ?? this.tainted.get(f.id);
        if (t) return t;
      }
      return undefined;
    }
    const type = node.type;
    if (a.assignments.types.has(type) || a.augmented.types.has(type)) {
      const left = this.field(node, a.assignments.left);
      const right = this.field(node, a.assignments.right);
      const rightTaint = right ? values.get(right.id) : undefined;
      if (!left) return rightTaint;
      if (a.augmented.types.has(type)) {
        const before = values.get(left.id);
        if (rightTaint && !before) this.bind(left, rightTaint, env);
        return before ?? rightTaint;
      }
      this.bind(left, rightTaint, env);
      return rightTaint;
    }
    const member = a.members[type];
    if (member !== undefined) {
      const object = this.field(node, member);
      return object ? values.get(object.id) : undefined;
    }
    if (a.call.types.has(type)) return this.callResult(node, values);
    if (a.binary.types.has(type)) {
      const op = this.field(node, a.binary.operator)?.text ?? '';
      if (!a.binary.passing.has(op)) return undefined;
      return firstTainted(node, ['left', 'right'], values);
    }
    if (a.unions.has(type)) {
      const fields = a.valueFields[type];
      if (fields) return firstTainted(node, fields, values);
      for (const child of this.children(node)) {
        const t = child ? values.get(child.id) : undefined;
        if (t) return t;
      }
    }
    return undefined;
  }

  /** Same-file functions called with tainted arguments are followed; unknown calls are clean. */
  private callResult(call: Node, values: Map<number, Taint | undefined>): Taint | undefined {
    const a = this.adapter;
    const callee = this.field(call, a.call.function);
    if (!callee || callee.type !== 'identifier') return undefined;
    const fn = this.functionNamed(callee.text);
    if (!fn || this.callDepth >= MAX_CALL_DEPTH) return undefined;
    const args = (this.field(call, a.call.arguments)?.namedChildren ?? []).filter((n): n is Node => !!n && !a.comment.has(n.type));
    const params = args.map((arg) => values.get(arg.id));
    const key = `${fn.id}:${params.map((p) => (p ? 1 : 0)).join('')}`;
    const memo = this.callMemo.get(key);
    if (memo === 'pending') return undefined;
    if (this.callMemo.has(key)) return memo;
    this.callMemo.set(key, 'pending');
    this.callDepth++;
    const saved = this.functionDepth;
    try {
      this.functionDepth = 0;
      const result = this.analyzeFunction(fn, new Map(), params);
      this.callMemo.set(key, result);
      return result;
    } finally {
      this.functionDepth = saved;
      this.callDepth--;
    }
  }
}

const LITERALS = new Set(['number', 'integer', 'float', 'regex', 'true', 'false', 'null', 'undefined', 'none', 'comment']);

/**
 * A literal: clean wherever it is, with no parts to evaluate. Strings and template strings
 * without substitutions, numbers, regexes, booleans, null; Python strings that are not f-strings.
 */
export function isPlainLiteral(node: Node): boolean {
  if (LITERALS.has(node.type)) return true;
  if (node.type === 'template_string') return !node.text.includes('${');
  if (node.type !== 'string') return false;
  // A JavaScript string has no substitutions; a Python string has them only with an f prefix.
  const quote = node.text.search(/['"]/);
  return quote >= 0 && !/[fF]/.test(node.text.slice(0, quote));
}

function isExpression(node: Node, a: LanguageAdapter): boolean {
  return (
    a.call.types.has(node.type) ||
    a.assignments.types.has(node.type) ||
    a.augmented.types.has(node.type) ||
    a.unions.has(node.type) ||
    a.members[node.type] !== undefined ||
    a.binary.types.has(node.type)
  );
}

function isTypeNode(node: Node): boolean {
  return node.type === 'type_annotation' || node.type === 'type_arguments' || node.type === 'type_parameters' || node.type === 'type';
}

function firstTainted(node: Node, fields: string[], values: Map<number, Taint | undefined>): Taint | undefined {
  for (const field of fields) {
    for (const child of node.childrenForFieldName(field)) {
      const t = child ? values.get(child.id) : undefined;
      if (t) return t;
    }
  }
  return undefined;
}

function without(env: Env, names: string[]): Env {
  const out = new Map(env);
  for (const name of names) out.delete(name);
  return out;
}

/** May-taint merge of two paths (null: the path ended). */
function merge(a: Env | null, b: Env | null): Env | null {
  if (!a) return b ? new Map(b) : null;
  if (!b) return new Map(a);
  const out = new Map(a);
  for (const [k, v] of b) if (!out.has(k)) out.set(k, v);
  return out;
}

function sameKeys(a: Env, b: Env): boolean {
  if (a.size !== b.size) return false;
  for (const k of a.keys()) if (!b.has(k)) return false;
  return true;
}

function short(text: string): string {
  const oneLine = text.replace(/\s+/g, ' ');
  return oneLine.length > 40 ? `${oneLine.slice(0, 37)}...` : oneLine;
}

function stepAt(node: Node, kind: TraceStep['kind'], message: string): TraceStep {
  return {
    kind,
    message,
    startIndex: node.startIndex,
    endIndex: node.endIndex,
    start: { line: node.startPosition.row, character: node.startPosition.column },
    end: { line: node.endPosition.row, character: node.endPosition.column },
  };
}

/** The file's named functions (declarations and `const f = () => ...` at top level), by name. */
export function namedFunctions(root: Node, a: LanguageAdapter): Map<string, Node> {
  const functionsByName = new Map<string, Node>();
  for (const child of root.namedChildren) {
    if (child) for (const [name, fn] of functionsDefinedBy(child, a)) functionsByName.set(name, fn);
  }
  return functionsByName;
}

/** The named functions one top-level statement defines. */
export function functionsDefinedBy(child: Node, a: LanguageAdapter): [string, Node][] {
  const node =
    child.type === 'export_statement' || child.type === 'decorated_definition'
      ? (child.childForFieldName('declaration') ?? child.childForFieldName('definition') ?? child)
      : child;
  if (a.namedFunctions.has(node.type)) {
    const name = node.childForFieldName('name')?.text;
    return name ? [[name, node]] : [];
  }
  const out: [string, Node][] = [];
  if (a.declarations.has(node.type)) {
    for (const d of node.namedChildren) {
      const value = d?.childForFieldName(a.declarator.value);
      const name = d?.childForFieldName(a.declarator.name);
      if (value && name?.type === 'identifier' && a.functions.has(value.type)) out.push([name.text, value]);
    }
  }
  return out;
}
