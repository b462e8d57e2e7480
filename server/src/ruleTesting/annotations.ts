/**
 * Fixture annotations: a comment line naming rule ids, about the next code line.
 *   vetted-expect: <id>       the rule must flag the line
 *   vetted-ok: <id>           the rule must not flag it (a near miss)
 *   vetted-todo-expect: <id>  a known gap: the rule should flag the line and does not yet
 *   vetted-todo-ok: <id>      a known gap: the rule flags the line and should not
 * Several ids may be listed, separated by commas; text after the ids is a note (shown with known gaps).
 */
export type AnnotationKind = 'expect' | 'ok' | 'todo-expect' | 'todo-ok';

export interface Annotation {
  kind: AnnotationKind;
  ruleId: string;
  /** 0-based line the annotation is about (the next non-blank line after the comment). */
  line: number;
  /** The note after the ids, if any. */
  note?: string;
}

const ANNOTATION = /vetted-(todo-expect|todo-ok|expect|ok):\s*([a-z0-9][\w.-]*(?:\s*,\s*[a-z0-9][\w.-]*)*)(.*)$/;
/** Only a line that is a comment carries an annotation: the marker inside a string is code. */
const COMMENT_START = /^\s*(\/\/|#|\/\*|\{\/\*)/;

export function parseAnnotations(text: string): Annotation[] {
  const out: Annotation[] = [];
  const pending: Omit<Annotation, 'line'>[] = [];
  splitLines(text).forEach((line, index) => {
    const match = ANNOTATION.exec(line);
    if (match && COMMENT_START.test(line)) {
      const note = cleanNote(match[3]);
      for (const id of match[2].split(',').map((s) => s.trim())) {
        if (!pending.some((p) => p.ruleId === id && p.kind === match[1]))
          pending.push({ kind: match[1] as AnnotationKind, ruleId: id, ...(note ? { note } : {}) });
      }
      return;
    }
    if (pending.length > 0 && line.trim() !== '') {
      for (const p of pending) out.push({ ...p, line: index });
      pending.length = 0;
    }
  });
  return out;
}

/** `vetted-path: <path>` in a fixture analyses it as if it lived at that path (for rules' `paths` filters). */
export function virtualPath(text: string): string | undefined {
  return /vetted-path:\s*(\S+)/.exec(text)?.[1];
}

export function splitLines(text: string): string[] {
  return text.split(/\r?\n/);
}

/** The note after the ids, without comment closers and the dash or colon that introduces it. */
function cleanNote(rest: string): string | undefined {
  const note = rest
    .replace(/(\*\/\}?|-->)\s*$/, '')
    .trim()
    .replace(/^[—–:;-]+\s*/, '');
  return note || undefined;
}
