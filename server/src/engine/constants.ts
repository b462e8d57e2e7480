import type { Node, Tree } from 'web-tree-sitter';
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

  constructor(
    private readonly tree: Tree,
    private readonly grammar: GrammarName,
  ) {}

  isLiteral(node: Node): boolean {
    const type = node.type;
    if (type === 'parenthesized_expression' && node.namedChildCount === 1) return this.isLiteral(node.namedChild(0)!);
    if (type === 'template_string') return !node.namedChildren.some((c) => c?.type === 'template_substitution');
    if (this.grammar === 'python') {
      if (type === 'string') return !node.namedChildren.some((c) => c?.type === 'interpolation');
      if (type === 'concatenated_string') return node.namedChildren.every((c) => c !== null && this.isLiteral(c));
    }
    return GRAMMARS[this.grammar].literalTypes.includes(type);
  }

  isConstant(node: Node, safeCalls: string[] = []): boolean {
    if (this.isLiteral(node)) return true;
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
        return children().every((c) => this.isConstant(c, safeCalls) || isTypeNode(c));
      case 'template_string':
        return children()
          .filter((c) => c.type === 'template_substitution')
          .every((s) => s.namedChildren.every((e) => e !== null && this.isConstant(e, safeCalls)));
      case 'template_substitution':
        return children().every((c) => this.isConstant(c, safeCalls));
      case 'string': // python f-string
        return children()
          .filter((c) => c.type === 'interpolation')
          .every((i) => {
            const expression = i.childForFieldName('expression') ?? i.namedChild(0);
            return expression !== null && this.isConstant(expression, safeCalls);
          });
      case 'identifier':
        return this.isConstantName(node.text, safeCalls);
      case 'call_expression':
      case 'call':
        return this.isConstantCall(node, safeCalls);
      default:
        return false;
    }
  }

  private isConstantCall(node: Node, safeCalls: string[]): boolean {
    const callee = node.childForFieldName('function');
    if (!callee) return false;
    if (safeCalls.some((name) => matchesCallee(callee.text, name))) return true;
    // `'a'.toUpperCase()`, `"x={}".format(CONST)`, `",".join(["a", "b"])`: a method on a constant with constant arguments.
    const object = callee.childForFieldName('object');
    const args = node.childForFieldName('arguments');
    if (!object || !args) return false;
    return (
      this.isConstant(object, safeCalls) &&
      args.namedChildren.every((a) => a !== null && (a.type === 'comment' || this.isConstant(a, safeCalls)))
    );
  }

  private isConstantName(name: string, safeCalls: string[]): boolean {
    this.consulted?.add(name);
    if (this.resolving.has(name)) return false;
    const values = this.bindingsFor(name);
    if (values === 'unknown' || values.length === 0) return false;
    this.resolving.add(name);
    try {
      return values.every((v) => this.isConstant(v, safeCalls));
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
      found = bindingsOf(name, this.tree, this.grammar, this.occurrencesOf(name));
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
    if (!this.wordIndex && ++this.searches <= DIRECT_SEARCHES) {
      const found: number[] = [];
      for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
        if (!isNameChar(text.charCodeAt(at - 1)) && !isNameChar(text.charCodeAt(at + name.length))) found.push(at);
      }
      return found;
    }
    if (!this.wordIndex) {
      this.wordIndex = new Map();
      for (const match of text.matchAll(WORDS)) {
        const list = this.wordIndex.get(match[0]);
        if (list) list.push(match.index);
        else this.wordIndex.set(match[0], [match.index]);
      }
    }
    return this.wordIndex.get(name) ?? [];
  }

  private text(): string {
    this.fullText ??= this.tree.rootNode.text;
    return this.fullText;
  }
}

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

/**
 * Every value bound to `name` in the file, or 'unknown' when it is also a parameter, loop
 * variable, import, destructuring target, compound assignment target or declared without a
 * value. Found from the name's occurrences in the text (each checked in the tree), not by
 * walking the whole tree: on every keystroke in a large file that walk would cost more than the
 * rest of the analysis.
 */
function bindingsOf(name: string, tree: Tree, grammar: GrammarName, occurrences: number[]): Node[] | 'unknown' {
  const values: Node[] = [];
  for (const at of occurrences) {
    const id = tree.rootNode.descendantForIndex(at, at + name.length);
    if (!id || id.type !== 'identifier' || id.startIndex !== at || id.endIndex !== at + name.length) continue;
    const binding = grammar === 'python' ? pythonBinding(id) : javascriptBinding(id);
    if (binding === 'unknown') return 'unknown';
    if (binding) values.push(binding);
  }
  return values.length > 0 ? values : 'unknown';
}

function isNameChar(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95 || code === 36 || code > 127;
}

function within(node: Node, field: Node | null): boolean {
  return field !== null && node.startIndex >= field.startIndex && node.endIndex <= field.endIndex;
}

/** What this occurrence of an identifier binds it to: a value, 'unknown', or nothing (a use). */
function javascriptBinding(id: Node): Node | 'unknown' | undefined {
  const parent = id.parent;
  if (parent?.type === 'variable_declarator' && parent.childForFieldName('name')?.id === id.id) return parent.childForFieldName('value') ?? 'unknown';
  if (parent && ['assignment_expression', 'augmented_assignment_expression', 'update_expression'].includes(parent.type)) {
    const target = parent.childForFieldName('left') ?? parent.childForFieldName('argument');
    if (target?.id === id.id) return parent.type === 'assignment_expression' ? (parent.childForFieldName('right') ?? 'unknown') : 'unknown';
  }
  for (let a = parent; a; a = a.parent) {
    switch (a.type) {
      case 'formal_parameters':
      case 'import_statement':
        return 'unknown';
      case 'variable_declarator':
        if (within(id, a.childForFieldName('name'))) return 'unknown';
        break;
      case 'for_in_statement':
        if (within(id, a.childForFieldName('left'))) return 'unknown';
        break;
      case 'catch_clause':
      case 'arrow_function':
        if (within(id, a.childForFieldName('parameter'))) return 'unknown';
        break;
    }
  }
  return undefined;
}

function pythonBinding(id: Node): Node | 'unknown' | undefined {
  const parent = id.parent;
  if ((parent?.type === 'assignment' || parent?.type === 'augmented_assignment') && parent.childForFieldName('left')?.id === id.id) {
    return parent.type === 'assignment' ? (parent.childForFieldName('right') ?? 'unknown') : 'unknown';
  }
  for (let a = parent; a; a = a.parent) {
    switch (a.type) {
      case 'assignment':
      case 'augmented_assignment':
        if (within(id, a.childForFieldName('left'))) return 'unknown';
        break;
      case 'for_statement':
      case 'for_in_clause':
        if (within(id, a.childForFieldName('left'))) return 'unknown';
        break;
      case 'parameters':
      case 'lambda_parameters':
      case 'with_item':
      case 'import_statement':
      case 'import_from_statement':
      case 'as_pattern':
      case 'global_statement':
      case 'nonlocal_statement':
        return 'unknown';
    }
  }
  return undefined;
}
