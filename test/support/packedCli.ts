import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

const ROOT = path.resolve(__dirname, '..', '..');

/**
 * The CLI as a user gets it: the production bundles packed by `npm run package:cli`, installed
 * from the tarball into a fresh project in the system's temporary folder, outside this
 * repository. Built once per test run; `dispose()` removes everything it made.
 */
export class PackedCli {
  private constructor(
    readonly workDir: string,
    /** The .tgz `npm run package:cli` made. */
    readonly tarball: string,
    /** The fresh project with the tarball installed as a dev dependency. */
    readonly project: string,
  ) {}

  private static instance: PackedCli | undefined;

  /** One packed CLI for the whole test run (packing and installing takes a while), removed at exit. */
  static shared(): PackedCli {
    if (!PackedCli.instance) {
      const packed = PackedCli.create();
      PackedCli.instance = packed;
      process.on('exit', () => packed.dispose());
    }
    return PackedCli.instance;
  }

  /** A fresh folder inside the installed project's, for one test's files. */
  freshFolder(name: string): string {
    const dir = path.join(this.project, name);
    fs.rmSync(dir, { recursive: true, force: true });
    fs.mkdirSync(dir, { recursive: true });
    return dir;
  }

  static create(): PackedCli {
    const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'vetted-packed-cli-'));
    const build = path.join(workDir, 'build');
    execFileSync(process.execPath, ['esbuild.config.mjs', '--production', '--outdir', build], { cwd: ROOT, stdio: 'pipe' });
    const output = execFileSync(process.execPath, ['scripts/package-cli.mjs', '--no-build', '--dist', build, '--out', workDir], {
      cwd: ROOT,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const tarball = output.trim().split('\n').pop()!;
    const project = path.join(workDir, 'project');
    fs.mkdirSync(project);
    fs.writeFileSync(path.join(project, 'package.json'), JSON.stringify({ name: 'some-app', version: '1.0.0', private: true }, null, 2));
    // --offline: the package has no dependencies, so nothing may come from the registry.
    execFileSync('npm', ['install', '--save-dev', '--offline', '--no-audit', '--no-fund', tarball], { cwd: project, stdio: 'pipe' });
    return new PackedCli(workDir, tarball, project);
  }

  dispose(): void {
    fs.rmSync(this.workDir, { recursive: true, force: true });
  }
}
