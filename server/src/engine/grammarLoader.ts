import * as fs from 'fs';
import * as path from 'path';
import { Language, Parser } from 'web-tree-sitter';
import { GRAMMARS, GrammarName } from './languages';

/**
 * Loads the tree-sitter runtime once and each grammar lazily, the first time a document of that
 * language is seen. The `.wasm` files live in a `grammars/` folder beside the bundle (see
 * esbuild.config.mjs); when running from source they are resolved from node_modules.
 */
export class GrammarLoader {
  private initPromise: Promise<void> | undefined;
  private readonly languages = new Map<GrammarName, Promise<Language>>();

  constructor(private readonly wasmDirectory: string | undefined = defaultWasmDirectory()) {}

  private init(): Promise<void> {
    this.initPromise ??= Parser.init({
      locateFile: (file: string) => this.locate(file),
    });
    return this.initPromise;
  }

  private locate(file: string): string {
    if (this.wasmDirectory) return path.join(this.wasmDirectory, file);
    if (file === 'web-tree-sitter.wasm' || file === 'tree-sitter.wasm') {
      return require.resolve('web-tree-sitter/web-tree-sitter.wasm');
    }
    return require.resolve(`@vscode/tree-sitter-wasm/wasm/${file}`);
  }

  async language(name: GrammarName): Promise<Language> {
    let pending = this.languages.get(name);
    if (!pending) {
      pending = this.init().then(() => Language.load(this.locate(GRAMMARS[name].wasmFile)));
      this.languages.set(name, pending);
    }
    return pending;
  }

  async parser(name: GrammarName): Promise<Parser> {
    const language = await this.language(name);
    const parser = new Parser();
    parser.setLanguage(language);
    return parser;
  }
}

function defaultWasmDirectory(): string | undefined {
  const beside = path.join(__dirname, 'grammars');
  return fs.existsSync(path.join(beside, 'web-tree-sitter.wasm')) ? beside : undefined;
}
