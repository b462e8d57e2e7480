import type { Node, Tree } from 'web-tree-sitter';
import { AncestorCache } from './ancestors';
import { GRAMMARS, GrammarName } from './languages';

/**
 * Decides whether an expression can carry runtime input. "Constant" means: a literal, an
 * expression built only from constants, a call to a declared sanitiser, or a name whose every
 * binding in the file is constant. Anything we cannot prove constant is treated as non-constant,
 * which is why rules combine this with narrow structural queries: precision comes from the query.
 */
export class ConstantAnalysis {
  private bindings: Map<string, Node[] | 'unknown'> | undefined;
  private readonly resolving = new Set<string>();
  private wordIndex: Map<string, number[]> | undefined;
  private searches = 0;
  private fullText: string | undefined;
  /** When set, every name whose bindings are read is added here (incremental analysis uses it). */
  consulted: Set<string> | undefined;

  private readonly ancestors: AncestorCache;
  private readonly bindingTargets = new Map<number, boolean>();

  /** `checkBudget` throws (BudgetExceeded) when the analysis is out of time; it is called in every loop that grows with the input. */
  constructor(
    private readonly tree: Tree,
    private readonly grammar: GrammarName,
    private readonly checkBudget: () => void = () => undefined,
    ancestors?: AncestorCache,
  ) {
    this.ancestors = ancestors ?? new AncestorCache(checkBudget);
  }

  isLiteral(node: Node): boolean {
    // `((((…))))` is unwrapped in a loop: deep parentheses must not exhaust the stack.
    while (node.type === 'parenthesized_expression' && node.namedChildCount === 1) node = node.namedChild(0)!;
    const type = node.type;
    if (type === 'template_string') return !node.namedChildren.some((c) => c?.type === 'template_substitution');
    if (this.grammar === 'python') {
      if (type === 'string') return !node.namedChildren.some((c) => c?.type === 'interpolation');
      if (type === 'concatenated_string') return node.namedChildren.every((c) => c !== null && this.isLiteral(c));
    }
    return GRAMMARS[this.grammar].literalTypes.includes(type);
  }

  /**
   * Whether `node` can carry runtime input. Every kind of expression is constant when all of its
   * parts are, so the parts are checked from a work list rather than by recursion: a 5,000-term
   * concatenation or a 1,000-call chain is as deep as it is long, and must not overflow the
   * stack. Only a name recurses (into the values bound to it), up to MAX_NAME_DEPTH names deep.
   */
  isConstant(node: Node, safeCalls: string[] = [], nameDepth = 0): boolean {
    const pending: Node[] = [node];
    let steps = 0;
    while (pending.length > 0) {
      if ((++steps & 255) === 0) this.checkBudget();
      const parts = this.partsIfConstant(pending.pop()!, safeCalls, nameDepth);
      if (parts === false) return false;
      // Reversed, so parts are checked left to right (the names read are the same as before).
      for (let i = parts.length - 1; i >= 0; i--) pending.push(parts[i]);
    }
    return true;
  }

  /** `false` when `node` is not constant; otherwise the parts that must also be constant. */
  private partsIfConstant(node: Node, safeCalls: string[], nameDepth: number): Node[] | false {
    if (this.isLiteral(node)) return [];
    const children = () => node.namedChildren.filter((c): c is Node => c !== null && c.type !== 'comment');
    switch (node.type) {
      case 'parenthesized_expression':
      case 'binary_expression':
      case 'binary_operator':
      case 'unary_expression':
      case 'unary_operator':
      case 'ternary_expression':
      case 'conditional_expression':
      case 'array':
      case 'list':
      case 'tuple':
      case 'concatenated_string':
      case 'as_expression':
      case 'satisfies_expression':
      case 'non_null_expression':
        return children().filter((c) => !isTypeNode(c));
      case 'template_string':
        return children()
          .filter((c) => c.type === 'template_substitution')
          .flatMap((s) => s.namedChildren.filter((e): e is Node => e !== null));
      case 'template_substitution':
        return children();
      case 'string': {
        // python f-string
        const parts: Node[] = [];
        for (const i of children()) {
          if (i.type !== 'interpolation') continue;
          const expression = i.childForFieldName('expression') ?? i.namedChild(0);
          if (expression === null) return false;
          parts.push(expression);
        }
        return parts;
      }
      case 'identifier':
        return this.isConstantName(node.text, safeCalls, nameDepth) ? [] : false;
      case 'call_expression':
      case 'call':
        return this.callParts(node, safeCalls);
      default:
        return false;
    }
  }

  /**
   * A call to a declared sanitiser is constant; so is a method on a constant with constant
   * arguments (`'a'.toUpperCase()`, `"x={}".format(CONST)`, `",".join(["a", "b"])`).
   */
  private callParts(node: Node, safeCalls: string[]): Node[] | false {
    const callee = node.childForFieldName('function');
    if (!callee) return false;
    if (safeCalls.some((name) => matchesCallee(callee.text, name))) return [];
    const object = callee.childForFieldName('object');
    const args = node.childForFieldName('arguments');
    if (!object || !args) return false;
    return [object, ...args.namedChildren.filter((a): a is Node => a !== null && a.type !== 'comment')];
  }

  private isConstantName(name: string, safeCalls: string[], nameDepth: number): boolean {
    this.consulted?.add(name);
    // A chain of names each bound to the next (`a2 = a1 + x`, `a1 = a0 + x`, …) deeper than this
    // is not followed: unproven, so non-constant (the safe side for a security check).
    if (this.resolving.has(name) || nameDepth >= MAX_NAME_DEPTH) return false;
    const values = this.bindingsFor(name);
    if (values === 'unknown' || values.length === 0) return false;
    this.resolving.add(name);
    try {
      return values.every((v) => this.isConstant(v, safeCalls, nameDepth + 1));
    } finally {
      this.resolving.delete(name);
    }
  }

  /**
   * The bindings of `name` as text: equal fingerprints mean an `is: constant` test that read
   * this name decides the same way (the other names it read have fingerprints of their own).
   */
  fingerprint(name: string): string {
    const values = this.bindingsFor(name);
    return values === 'unknown' ? 'unknown' : values.map((v) => `${v.type}:${v.text}`).join('\u0000');
  }

  private bindingsFor(name: string): Node[] | 'unknown' {
    // Error recovery inserts zero-width MISSING identifiers: an empty name is bound to nothing.
    if (name === '') return 'unknown';
    this.bindings ??= new Map();
    let found = this.bindings.get(name);
    if (found === undefined) {
      found = this.bindingsOf(name, this.occurrencesOf(name));
      this.bindings.set(name, found);
    }
    return found;
  }

  /**
   * Where `name` occurs in the text as a whole word. The first few names are searched directly;
   * when many are asked for (a large re-analysed span), one pass indexes every word instead.
   */
  private occurrencesOf(name: string): number[] {
    const text = this.text();
    // The root node's text starts at its first token: blank lines before it are not part of it,
    // so positions in that text are shifted by the root's start to be positions in the file.
    const base = this.tree.rootNode.startIndex;
    if (!this.wordIndex && ++this.searches <= DIRECT_SEARCHES) {
      const found: number[] = [];
      for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
        if ((found.length & 1023) === 1023) this.checkBudget();
        if (!isNameChar(text.charCodeAt(at - 1)) && !isNameChar(text.charCodeAt(at + name.length))) found.push(base + at);
      }
      return found;
    }
    if (!this.wordIndex) {
      this.wordIndex = new Map();
      for (const match of text.matchAll(WORDS)) {
        const list = this.wordIndex.get(match[0]);
        if (list) list.push(base + match.index);
        else this.wordIndex.set(match[0], [base + match.index]);
      }
    }
    return this.wordIndex.get(name) ?? [];
  }

  /**
   * Every value bound to `name` in the file, or 'unknown' when it is also a parameter, loop
   * variable, import, destructuring target, compound assignment target or declared without a
   * value. Found from the name's occurrences in the text (each checked in the tree), not by
   * walking the whole tree: on every keystroke in a large file that walk would cost more than the
   * rest of the analysis.
   */
  private bindingsOf(name: string, occurrences: number[]): Node[] | 'unknown' {
    const values: Node[] = [];
    for (let k = 0; k < occurrences.length; k++) {
      if ((k & 63) === 63) this.checkBudget();
      const at = occurrences[k];
      const id = this.tree.rootNode.descendantForIndex(at, at + name.length);
      if (!id || id.type !== 'identifier' || id.startIndex !== at || id.endIndex !== at + name.length) continue;
      const binding = this.bindingOf(id);
      if (binding === 'unknown') return 'unknown';
      if (binding) values.push(binding);
    }
    return values.length > 0 ? values : 'unknown';
  }

  /** What this occurrence of an identifier binds it to: a value, 'unknown', or nothing (a use). */
  private bindingOf(id: Node): Node | 'unknown' | undefined {
    const parent = this.ancestors.parentOf(id);
    if (!parent) return undefined;
    const direct = this.grammar === 'python' ? pythonAssignment(id, parent) : javascriptAssignment(id, parent);
    if (direct) return direct;
    return this.isBindingTarget(id) ? 'unknown' : undefined;
  }

  /**
   * Whether `node` lies in a position that binds names without a known value (a parameter list,
   * an import, a destructuring or loop target, …): it does when one of its ancestors says so
   * about the child the path goes through. Remembered per node, so the occurrences of a name
   * deep in one long expression share the walk up instead of each repeating it.
   */
  private isBindingTarget(node: Node): boolean {
    const path: Node[] = [];
    let known: boolean | undefined;
    for (let n: Node | null = node; n; n = this.ancestors.parentOf(n)) {
      known = this.bindingTargets.get(n.id);
      if (known !== undefined) break;
      path.push(n);
      if ((path.length & 127) === 0) this.checkBudget();
    }
    let inTarget = known ?? false;
    for (let i = path.length - 1; i >= 0; i--) {
      const child = path[i];
      const parent = i + 1 < path.length ? path[i + 1] : this.ancestors.parentOf(child);
      if (!inTarget && parent) inTarget = this.grammar === 'python' ? pythonBindsBelow(parent, child) : javascriptBindsBelow(parent, child);
      this.bindingTargets.set(child.id, inTarget);
    }
    return inTarget;
  }

  private text(): string {
    this.fullText ??= this.tree.rootNode.text;
    return this.fullText;
  }
}

/** Names followed through their bindings (a name bound to an expression of another name, …) before giving up. */
const MAX_NAME_DEPTH = 64;

/** Names looked up by a plain text search before the whole text is indexed by word. */
const DIRECT_SEARCHES = 8;
const WORDS = /[A-Za-z0-9_$\u0080-\uFFFF]+/g;

/** `callee` text equals `name`, or ends with `.name` when the rule gives a bare function name. */
export function matchesCallee(callee: string, name: string): boolean {
  const compact = callee.replace(/\s+/g, '');
  return compact === name || (!name.includes('.') && compact.endsWith(`.${name}`));
}

function isTypeNode(node: Node): boolean {
  return node.type.endsWith('_type') || node.type === 'type_identifier' || node.type === 'type_annotation';
}

function isNameChar(code: number): boolean {
  return (
    (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95 || code === 36 || code > 127
  );
}

function isField(parent: Node, field: string, child: Node): boolean {
  return parent.childForFieldName(field)?.id === child.id;
}

/** `id = value` or `const id = value`: the value (or 'unknown' for a declaration without one). */
function javascriptAssignment(id: Node, parent: Node): Node | 'unknown' | undefined {
  if (parent.type === 'variable_declarator' && isField(parent, 'name', id)) return parent.childForFieldName('value') ?? 'unknown';
  if (['assignment_expression', 'augmented_assignment_expression', 'update_expression'].includes(parent.type)) {
    const target = parent.childForFieldName('left') ?? parent.childForFieldName('argument');
    if (target?.id === id.id) return parent.type === 'assignment_expression' ? (parent.childForFieldName('right') ?? 'unknown') : 'unknown';
  }
  return undefined;
}

/** Whether the names inside `child` are bound (with no value we know) by `parent`. */
function javascriptBindsBelow(parent: Node, child: Node): boolean {
  switch (parent.type) {
    case 'formal_parameters':
    case 'import_statement':
      return true;
    case 'variable_declarator':
      return isField(parent, 'name', child);
    case 'for_in_statement':
      return isField(parent, 'left', child);
    case 'catch_clause':
    case 'arrow_function':
      return isField(parent, 'parameter', child);
    default:
      return false;
  }
}

function pythonAssignment(id: Node, parent: Node): Node | 'unknown' | undefined {
  if ((parent.type === 'assignment' || parent.type === 'augmented_assignment') && isField(parent, 'left', id)) {
    return parent.type === 'assignment' ? (parent.childForFieldName('right') ?? 'unknown') : 'unknown';
  }
  return undefined;
}

function pythonBindsBelow(parent: Node, child: Node): boolean {
  switch (parent.type) {
    case 'assignment':
    case 'augmented_assignment':
    case 'for_statement':
    case 'for_in_clause':
      return isField(parent, 'left', child);
    case 'parameters':
    case 'lambda_parameters':
    case 'with_item':
    case 'import_statement':
    case 'import_from_statement':
    case 'as_pattern':
    case 'global_statement':
    case 'nonlocal_statement':
      return true;
    default:
      return false;
  }
}
