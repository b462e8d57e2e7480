import type { Tree } from 'web-tree-sitter';
import type { Finding } from '../engine/finding';
import type { ProvenanceRegion } from '../provenance/format';
import { SENSITIVE_API, SENSITIVE_NAME, SENSITIVE_PATH } from './sensitiveAreas';

/** Nodes whose name says what the code in them is for. */
const FUNCTION_TYPES = new Set([
  'function_declaration',
  'function_expression',
  'function',
  'arrow_function',
  'method_definition',
  'generator_function_declaration',
  'function_definition',
  'decorated_definition',
  'class_declaration',
  'class_definition',
]);

export type SensitiveArea = 'path' | 'function' | 'api';

/** The regions the client reported for a document, at the version they describe. */
export class ProvenanceRegistry {
  private readonly byUri = new Map<string, { version: number; regions: ProvenanceRegion[] }>();
  private readonly announced = new Set<string>();

  set(uri: string, version: number, regions: ProvenanceRegion[]): void {
    if (regions.length === 0) this.byUri.delete(uri);
    else this.byUri.set(uri, { version, regions: [...regions].sort((a, b) => a.start - b.start) });
  }

  /** Regions valid for `version`, or undefined when none were reported or they describe another version. */
  regionsAt(uri: string, version: number): ProvenanceRegion[] | undefined {
    const entry = this.byUri.get(uri);
    return entry && entry.version === version ? entry.regions : undefined;
  }

  hasRegions(uri: string): boolean {
    return this.byUri.has(uri);
  }

  delete(uri: string): void {
    this.byUri.delete(uri);
  }

  /** True the first time it is asked about a region: accept-time notices are sent once. */
  firstAnnouncement(regionId: string): boolean {
    if (this.announced.has(regionId)) return false;
    this.announced.add(regionId);
    return true;
  }
}

export function regionOf(finding: Finding, regions: ProvenanceRegion[]): ProvenanceRegion | undefined {
  const { startIndex, endIndex } = finding.range;
  return regions.find((r) => startIndex < r.end && endIndex > r.start);
}

/** Why an AI region needs a human review regardless of findings, or undefined. */
export function sensitiveArea(
  region: ProvenanceRegion,
  tree: Tree,
  text: string,
  relativePath: string | undefined,
): { area: SensitiveArea; detail: string } | undefined {
  if (relativePath && SENSITIVE_PATH.test(relativePath)) return { area: 'path', detail: relativePath };
  const api = SENSITIVE_API.exec(text.slice(region.start, region.end));
  if (api) return { area: 'api', detail: api[0].replace(/[.([]$/, '') };
  const node = tree.rootNode.descendantForIndex(region.start, Math.max(region.start, region.end - 1));
  for (let n: typeof node | null = node; n; n = n.parent) {
    if (!FUNCTION_TYPES.has(n.type)) continue;
    const name = n.childForFieldName('name')?.text ?? n.parent?.childForFieldName('name')?.text;
    if (name && SENSITIVE_NAME.test(name)) return { area: 'function', detail: name };
  }
  return undefined;
}
