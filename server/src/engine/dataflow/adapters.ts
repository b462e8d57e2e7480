import type { GrammarName } from '../languages';
import { JAVASCRIPT_ADAPTER, LanguageAdapter } from './languageAdapter';
import { PYTHON_ADAPTER } from './pythonAdapter';

export function adapterFor(grammar: GrammarName): LanguageAdapter {
  return grammar === 'python' ? PYTHON_ADAPTER : JAVASCRIPT_ADAPTER;
}
