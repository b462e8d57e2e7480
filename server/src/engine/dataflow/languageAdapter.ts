/**
 * What the taint interpreter needs to know about one grammar's syntax tree: which node types are
 * statements, bindings, reads and calls, and which fields hold what. The interpreter itself is
 * language-agnostic; JavaScript/TypeScript and Python differ only here.
 */
export interface LanguageAdapter {
  /** Nodes that hold a sequence of statements (run in order). */
  blocks: Set<string>;
  /** `let/const/var` declarations (children are declarators). */
  declarations: Set<string>;
  /** A binding of `name` (a pattern) to `value`. */
  declarator: { type: string; name: string; value: string };
  /** `a = b` (also as an expression); `left` may be a pattern. */
  assignments: { types: Set<string>; left: string; right: string };
  /** `a += b`. */
  augmented: { types: Set<string>; left: string; right: string };
  ifStatement: { type: string; condition: string; consequence: string; alternative: string };
  /** `else` / `elif` wrappers around the alternative branch. */
  elseClauses: Set<string>;
  /** `for (x of xs)` / `for x in xs`: the loop variable takes the iterable's taint. */
  forEach: { types: Set<string>; left: string; right: string; body: string };
  /** Other loops: their body runs to a fixed point. */
  loops: Set<string>;
  returns: Set<string>;
  /** Statements after which the path ends (throw/raise, break, continue). */
  exits: Set<string>;
  tryStatement: { type: string; body: string; handlers: Set<string>; finalizers: Set<string> };
  /** Function-like nodes: analysed with the enclosing scope's variables (closures). */
  functions: Set<string>;
  /** Function declarations (name field `name`) callable by name in the same file. */
  namedFunctions: Set<string>;
  /** Where a function's parameters and body are. */
  functionParts: { parameters: string; parameter?: string; body: string };
  /** Parameter wrappers and their inner pattern field (TypeScript `required_parameter`, Python `typed_parameter`...). */
  parameterWrappers: Record<string, string>;
  /** Parameter nodes whose first identifier child is the name (Python `typed_parameter`, `default_parameter` use `name`). */
  identifiers: Set<string>;
  /** Pattern nodes: identifiers bound inside them get the assigned value's taint. */
  patternContainers: Set<string>;
  /** Pattern nodes with a default: field `left` (the pattern) and `right` (the default). */
  patternDefaults: Record<string, { left: string; right: string }>;
  /** `key: pattern` in a destructuring pattern: field of the pattern part. */
  patternPairs: Record<string, string>;
  /** Property reads: the value is the object's (field name of the object). */
  members: Record<string, string>;
  call: { types: Set<string>; function: string; arguments: string };
  /** Node types whose value is the union of their named children's values (strings built from parts, containers, wrappers). */
  unions: Set<string>;
  /** Fields of a node never carrying its value (object keys, the test of a ternary). */
  valueFields: Record<string, string[]>;
  binary: { types: Set<string>; operator: string; passing: Set<string> };
  /** Callback-taking methods whose callback's parameter `index` receives the receiver's value. */
  callbackMethods: Record<string, number>;
  /** Member access node type used in callbacks' callee (`xs.map(...)`) and its fields. */
  memberCallee: { type: string; object: string; property: string };
  comment: Set<string>;
  /** Calls that never return (Flask's `abort(404)`, `process.exit()`): a guard's failing branch ends there. */
  exitCalls: Set<string>;
}

export const JAVASCRIPT_ADAPTER: LanguageAdapter = {
  blocks: new Set([
    'program',
    'statement_block',
    'class_body',
    'export_statement',
    'labeled_statement',
    'switch_case',
    'switch_default',
    'class_declaration',
    'class',
    'abstract_class_declaration',
  ]),
  declarations: new Set(['lexical_declaration', 'variable_declaration']),
  declarator: { type: 'variable_declarator', name: 'name', value: 'value' },
  assignments: { types: new Set(['assignment_expression']), left: 'left', right: 'right' },
  augmented: { types: new Set(['augmented_assignment_expression']), left: 'left', right: 'right' },
  ifStatement: { type: 'if_statement', condition: 'condition', consequence: 'consequence', alternative: 'alternative' },
  elseClauses: new Set(['else_clause']),
  forEach: { types: new Set(['for_in_statement']), left: 'left', right: 'right', body: 'body' },
  loops: new Set(['for_statement', 'while_statement', 'do_statement']),
  returns: new Set(['return_statement']),
  exits: new Set(['throw_statement', 'break_statement', 'continue_statement']),
  tryStatement: { type: 'try_statement', body: 'body', handlers: new Set(['catch_clause']), finalizers: new Set(['finally_clause']) },
  functions: new Set([
    'function_declaration',
    'generator_function_declaration',
    'function_expression',
    'function',
    'generator_function',
    'arrow_function',
    'method_definition',
  ]),
  namedFunctions: new Set(['function_declaration', 'generator_function_declaration']),
  functionParts: { parameters: 'parameters', parameter: 'parameter', body: 'body' },
  parameterWrappers: { required_parameter: 'pattern', optional_parameter: 'pattern' },
  identifiers: new Set(['identifier', 'shorthand_property_identifier_pattern', 'shorthand_property_identifier']),
  patternContainers: new Set(['object_pattern', 'array_pattern', 'rest_pattern', 'formal_parameters']),
  patternDefaults: { object_assignment_pattern: { left: 'left', right: 'right' }, assignment_pattern: { left: 'left', right: 'right' } },
  patternPairs: { pair_pattern: 'value' },
  members: { member_expression: 'object', subscript_expression: 'object' },
  call: { types: new Set(['call_expression']), function: 'function', arguments: 'arguments' },
  unions: new Set([
    'template_string',
    'template_substitution',
    'parenthesized_expression',
    'await_expression',
    'ternary_expression',
    'object',
    'array',
    'pair',
    'spread_element',
    'as_expression',
    'non_null_expression',
    'satisfies_expression',
    'sequence_expression',
    'jsx_expression',
    'type_assertion',
    'assignment_expression',
    'augmented_assignment_expression',
  ]),
  valueFields: { ternary_expression: ['consequence', 'alternative'], pair: ['value'], assignment_expression: ['right'] },
  binary: { types: new Set(['binary_expression']), operator: 'operator', passing: new Set(['+', '||', '??', '&&']) },
  callbackMethods: { then: 0, map: 0, forEach: 0, filter: 0, find: 0, some: 0, every: 0, flatMap: 0, reduce: 1 },
  memberCallee: { type: 'member_expression', object: 'object', property: 'property' },
  comment: new Set(['comment']),
  exitCalls: new Set(['process.exit']),
};
