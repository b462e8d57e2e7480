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

  private bindingsFor(name: string): Node[] | 'unknown' {
    this.bindings ??= collectBindings(this.tree, this.grammar);
    return this.bindings.get(name) ?? 'unknown';
  }
}

/** `callee` text equals `name`, or ends with `.name` when the rule gives a bare function name. */
export function matchesCallee(callee: string, name: string): boolean {
  const compact = callee.replace(/\s+/g, '');
  return compact === name || (!name.includes('.') && compact.endsWith(`.${name}`));
}

function isTypeNode(node: Node): boolean {
  return node.type.endsWith('_type') || node.type === 'type_identifier' || node.type === 'type_annotation';
}

/**
 * Every value bound to each plain name in the file. A name that is also a parameter, loop
 * variable, import, or destructuring target is marked 'unknown'.
 */
function collectBindings(tree: Tree, grammar: GrammarName): Map<string, Node[] | 'unknown'> {
  const bindings = new Map<string, Node[] | 'unknown'>();
  const add = (name: string, value: Node | null) => {
    const current = bindings.get(name);
    if (current === 'unknown') return;
    if (!value) {
      bindings.set(name, 'unknown');
      return;
    }
    if (current) current.push(value);
    else bindings.set(name, [value]);
  };
  const markUnknown = (node: Node) => {
    for (const id of node.descendantsOfType('identifier')) if (id) bindings.set(id.text, 'unknown');
  };
  const root = tree.rootNode;
  if (grammar === 'python') {
    for (const assignment of root.descendantsOfType(['assignment', 'augmented_assignment'])) {
      if (!assignment) continue;
      const left = assignment.childForFieldName('left');
      const right = assignment.childForFieldName('right');
      if (left?.type === 'identifier') add(left.text, assignment.type === 'assignment' ? right : null);
      else if (left) markUnknown(left);
    }
    for (const node of root.descendantsOfType(['parameters', 'lambda_parameters', 'for_statement', 'for_in_clause', 'with_item', 'import_statement', 'import_from_statement', 'as_pattern', 'global_statement', 'nonlocal_statement'])) {
      if (!node) continue;
      const target = node.type === 'for_statement' || node.type === 'for_in_clause' ? node.childForFieldName('left') : node;
      if (target) markUnknown(target);
    }
  } else {
    for (const declarator of root.descendantsOfType('variable_declarator')) {
      if (!declarator) continue;
      const name = declarator.childForFieldName('name');
      if (name?.type === 'identifier') add(name.text, declarator.childForFieldName('value'));
      else if (name) markUnknown(name);
    }
    for (const assignment of root.descendantsOfType(['assignment_expression', 'augmented_assignment_expression', 'update_expression'])) {
      if (!assignment) continue;
      const left = assignment.childForFieldName('left') ?? assignment.childForFieldName('argument');
      if (left?.type === 'identifier') add(left.text, assignment.type === 'assignment_expression' ? assignment.childForFieldName('right') : null);
    }
    for (const node of root.descendantsOfType(['formal_parameters', 'for_in_statement', 'catch_clause', 'import_statement', 'arrow_function'])) {
      if (!node) continue;
      if (node.type === 'arrow_function') {
        const parameter = node.childForFieldName('parameter');
        if (parameter) markUnknown(parameter);
      } else if (node.type === 'for_in_statement') {
        const left = node.childForFieldName('left');
        if (left) markUnknown(left);
      } else if (node.type === 'catch_clause') {
        const parameter = node.childForFieldName('parameter');
        if (parameter) markUnknown(parameter);
      } else markUnknown(node);
    }
  }
  return bindings;
}
