import type { Node } from 'web-tree-sitter';

/**
 * Parents of nodes of one tree, each looked up once. Tree-sitter keeps no parent pointers:
 * `node.parent` descends from the root, so it costs as much as the node is deep, and a walk to
 * the root costs the square of the depth. In a 1,000-call method chain or a 5,000-term
 * concatenation, repeating such walks for every match or every occurrence of a name took
 * seconds; with the parents remembered, all the walks of one analysis cost about one visit per
 * node they pass.
 */
export class AncestorCache {
  private readonly parents = new Map<number, Node | null>();

  constructor(private readonly checkBudget: () => void = () => undefined) {}

  parentOf(node: Node): Node | null {
    let parent = this.parents.get(node.id);
    if (parent === undefined) {
      parent = node.parent;
      this.parents.set(node.id, parent);
    }
    return parent;
  }

  /** The node's ancestors, nearest first; the time budget is checked as the walk goes. */
  *ancestorsOf(node: Node): Generator<Node> {
    let steps = 0;
    for (let a = this.parentOf(node); a; a = this.parentOf(a)) {
      if ((++steps & 127) === 0) this.checkBudget();
      yield a;
    }
  }
}
