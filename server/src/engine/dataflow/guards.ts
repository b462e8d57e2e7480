import type { Node } from 'web-tree-sitter';

/** Variables a condition proves safe: on its true branch and on its false branch. */
export interface GuardEffect {
  onTrue: string[];
  onFalse: string[];
}

const NONE: GuardEffect = { onTrue: [], onFalse: [] };
/** Conditions nest shallowly in real code; a deeper one is simply not used as a guard. */
const MAX_GUARD_DEPTH = 16;

/** Membership and validation methods whose argument is checked: `ALLOWED.has(x)`, `list.includes(x)`. */
const MEMBERSHIP_METHODS = new Set(['has', 'includes', 'hasOwnProperty', 'indexOf']);
const CHECKED_RECEIVER_METHODS = new Set([
  'startsWith',
  'startswith',
  'is_relative_to',
  'isdigit',
  'isalnum',
  'isalpha',
  'isdecimal',
  'isnumeric',
  'isidentifier',
]);
/**
 * Containment checks name the base folder and the checked path in either order
 * (`is_within_directory(dest, target)`, `isInside(target, root)`): every argument counts as checked.
 */
const CONTAINMENT_VALIDATOR_NAME = /^(?:is_?(?:[Ww]ithin|[Ii]nside|[Ss]ub_?[Pp]ath|[Ss]afe_?[Pp]ath)\w*)$/;

/** Validator calls: `is` then a capital or `_` (isValid…, isSafeInteger, isFinite, is_safe…), validate…, regex full matches. */
const VALIDATOR_NAME = /^(?:is[A-Z_]\w*|validate\w*|fullmatch|match|url_has_allowed_host_and_scheme)$/;
/** Properties of a parsed URL: when empty (a falsy check), the URL is a local path. */
const URL_HOST_PARTS = new Set(['netloc', 'hostname', 'host', 'scheme', 'protocol', 'origin']);

/**
 * The guards Vetted understands, JavaScript/TypeScript and Python alike: membership in an
 * allowlist (`ALLOWED.has(x)`, `x in ALLOWED`), equality with a literal, `typeof`/`isinstance`
 * checks, anchored regex tests, `startsWith` prefix checks, and validator calls (`isUUID(x)`,
 * `validate_path(p)`). Negation, `&&`/`and` and `||`/`or` combine them. A guard cleans the variable
 * it checks (the base of `u.hostname` is `u`) on the branch where the check passed.
 */
export function guardOf(condition: Node | null, depth = 0): GuardEffect {
  if (!condition || depth > MAX_GUARD_DEPTH) return NONE;
  switch (condition.type) {
    case 'parenthesized_expression':
      return guardOf(condition.namedChildren[0] ?? null, depth + 1);
    case 'unary_expression':
    case 'not_operator': {
      const op = condition.childForFieldName('operator')?.text ?? condition.child(0)?.text;
      if (op !== '!' && op !== 'not') return NONE;
      const inner = guardOf(condition.childForFieldName('argument') ?? condition.namedChildren[0] ?? null, depth + 1);
      return { onTrue: inner.onFalse, onFalse: inner.onTrue };
    }
    case 'boolean_operator':
    case 'binary_expression':
      return binaryGuard(condition, depth);
    case 'comparison_operator':
      return comparisonGuard(condition);
    case 'attribute':
    case 'member_expression': {
      // `if urlparse(target).netloc:` — on the false branch the URL has no host of its own.
      const part = (condition.childForFieldName('attribute') ?? condition.childForFieldName('property'))?.text ?? '';
      return URL_HOST_PARTS.has(part) ? { onTrue: [], onFalse: baseNames(condition) } : NONE;
    }
    case 'call_expression':
    case 'call':
      // `['__proto__', 'constructor'].includes(key)` / `BLOCKED_KEYS.has(key)` with such a literal list: a blocklist.
      return blocklistCall(condition) ? { onTrue: [], onFalse: callGuard(condition) } : { onTrue: callGuard(condition), onFalse: [] };
    default:
      return NONE;
  }
}

function binaryGuard(node: Node, depth: number): GuardEffect {
  const op = node.childForFieldName('operator')?.text ?? '';
  const left = node.childForFieldName('left');
  const right = node.childForFieldName('right');
  if (op === '&&' || op === 'and') {
    const l = guardOf(left, depth + 1);
    const r = guardOf(right, depth + 1);
    return { onTrue: [...l.onTrue, ...r.onTrue], onFalse: [] };
  }
  if (op === '||' || op === 'or') {
    const l = guardOf(left, depth + 1);
    const r = guardOf(right, depth + 1);
    return { onTrue: [], onFalse: [...l.onFalse, ...r.onFalse] };
  }
  if (op === 'in' && left) return { onTrue: baseNames(left), onFalse: [] };
  if (op === '===' || op === '==' || op === '!==' || op === '!=') {
    const checked = equalityChecked(left, right);
    // `key === '__proto__'` is a blocklist check: the key is safe where it is NOT equal.
    const blocked = isPrototypeKey(left) || isPrototypeKey(right);
    return op.startsWith('!') !== blocked ? { onTrue: [], onFalse: checked } : { onTrue: checked, onFalse: [] };
  }
  return NONE;
}

/** Python `x in ALLOWED`, `x not in ALLOWED`, `x == "lit"`, `x != "lit"`. */
function comparisonGuard(node: Node): GuardEffect {
  const operands = node.namedChildren.filter((n): n is Node => !!n);
  if (operands.length !== 2) return NONE;
  const ops = node.children
    .filter((c): c is Node => !!c && !c.isNamed)
    .map((c) => c.text)
    .join(' ');
  const [left, right] = operands;
  if (ops === 'in') return { onTrue: baseNames(left), onFalse: [] };
  if (ops === 'not in') return { onTrue: [], onFalse: baseNames(left) };
  if (ops === '==') return { onTrue: equalityChecked(left, right), onFalse: [] };
  if (ops === '!=') return { onTrue: [], onFalse: equalityChecked(left, right) };
  return NONE;
}

/** Keys that reach an object's prototype: comparing with them is a blocklist check, never an allowlist. */
const PROTOTYPE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

function blocklistCall(call: Node): boolean {
  const callee = call.childForFieldName('function');
  const receiver = callee?.type === 'member_expression' ? callee.childForFieldName('object') : null;
  const list = receiver?.type === 'new_expression' ? (receiver.childForFieldName('arguments')?.namedChildren[0] ?? null) : receiver;
  return list?.type === 'array' && list.namedChildren.some((item) => isPrototypeKey(item));
}

function isPrototypeKey(node: Node | null): boolean {
  return node?.type === 'string' && PROTOTYPE_KEYS.has(node.text.slice(1, -1));
}

/** The checked side of `x === 'literal'` (or `typeof x === 'number'`). */
function equalityChecked(left: Node | null, right: Node | null): string[] {
  if (!left || !right) return [];
  const literal = (n: Node) =>
    (n.type === 'string' && !n.namedChildren.some((c) => c?.type === 'interpolation' || c?.type === 'template_substitution')) ||
    n.type === 'number' ||
    n.type === 'integer';
  const side = literal(right) ? left : literal(left) ? right : undefined;
  if (!side) return [];
  if (side.type === 'unary_expression' && side.child(0)?.text === 'typeof') return baseNames(side.childForFieldName('argument'));
  return baseNames(side);
}

function callGuard(call: Node): string[] {
  const callee = call.childForFieldName('function');
  const args = (call.childForFieldName('arguments')?.namedChildren ?? []).filter((n): n is Node => !!n);
  if (!callee) return [];
  if (callee.type === 'identifier') {
    if (callee.text === 'isinstance' && args[0]) return baseNames(args[0]);
    if (CONTAINMENT_VALIDATOR_NAME.test(callee.text)) return args.flatMap((a) => baseNames(a));
    return VALIDATOR_NAME.test(callee.text) && args[0] ? baseNames(args[0]) : [];
  }
  if (callee.type !== 'member_expression' && callee.type !== 'attribute') return [];
  const object = callee.childForFieldName('object');
  const method = (callee.childForFieldName('property') ?? callee.childForFieldName('attribute'))?.text ?? '';
  if (MEMBERSHIP_METHODS.has(method) && args[0]) return baseNames(args[0]);
  if (CHECKED_RECEIVER_METHODS.has(method) && object) return baseNames(object);
  if (method === 'hasOwn' && args[1]) return baseNames(args[1]);
  if (method === 'test' && object && args[0]) return object.type !== 'regex' || anchored(object.text) ? baseNames(args[0]) : [];
  if (CONTAINMENT_VALIDATOR_NAME.test(method)) return args.flatMap((a) => baseNames(a));
  if (VALIDATOR_NAME.test(method)) {
    // `re.fullmatch(PATTERN, x)` / `re.match(...)`: the checked value is the last argument.
    const checked = method === 'fullmatch' || method === 'match' ? args[args.length - 1] : args[0];
    return checked ? baseNames(checked) : [];
  }
  return [];
}

function anchored(regexLiteral: string): boolean {
  const body = regexLiteral.slice(1, regexLiteral.lastIndexOf('/'));
  return body.startsWith('^') && body.endsWith('$');
}

/** The variable a checked expression reads: `u` for `u`, `u.hostname`, `u["host"]`. */
export function baseNames(node: Node | null): string[] {
  let n = node;
  for (let i = 0; n && i < 32; i++) {
    if (n.type === 'identifier') return [n.text];
    if (n.type === 'member_expression' || n.type === 'subscript_expression' || n.type === 'attribute' || n.type === 'subscript') {
      n = n.childForFieldName('object') ?? n.childForFieldName('value');
      continue;
    }
    // `urlparse(u).hostname`, `new URL(u).host`, `os.path.realpath(p)`: a value derived from its first argument.
    if (n.type === 'call' || n.type === 'call_expression' || n.type === 'new_expression') {
      n = n.childForFieldName('arguments')?.namedChildren[0] ?? null;
      continue;
    }
    if (n.type === 'parenthesized_expression' || n.type === 'await_expression' || n.type === 'non_null_expression') {
      n = n.namedChildren[0] ?? null;
      continue;
    }
    return [];
  }
  return [];
}
