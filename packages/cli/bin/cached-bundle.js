// A command run as one JavaScript file, bundled from the TypeScript sources by esbuild (already
// installed: tsx runs on it) and kept until a source changes. Through tsx, `tandem schedule`
// spends half a second before it reads its file: every module is resolved and loaded through
// tsx's loader thread. The bundle loads in a few tens of milliseconds.
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const cliRoot = fileURLToPath(new URL('..', import.meta.url));

/** Where bundles are kept: TANDEM_BUNDLE_CACHE, else node_modules/.cache/tandem of the CLI package. */
function cacheDir() {
  return process.env.TANDEM_BUNDLE_CACHE || join(cliRoot, 'node_modules', '.cache', 'tandem');
}

/**
 * The path of an up-to-date bundle of `entry` (relative to packages/cli) named `name`, built when
 * missing or when any of its inputs changed (size or modification time), or undefined when it
 * cannot be built (no esbuild, a read-only folder): the caller then runs the sources through tsx.
 * @param {string} entry
 * @param {string} name
 * @returns {string | undefined}
 */
export function cachedBundle(entry, name) {
  const dir = cacheDir();
  const out = join(dir, `${name}.mjs`);
  const manifest = join(dir, `${name}.inputs.json`);
  if (isFresh(out, manifest)) return out;
  try {
    build(join(cliRoot, entry), dir, out, manifest);
    return out;
  } catch (error) {
    if (process.env.TANDEM_BUNDLE_DEBUG) process.stderr.write(`tandem: no bundle: ${error}\n`);
    return undefined;
  }
}

/** @returns {boolean} */
function isFresh(out, manifest) {
  try {
    /** @type {{ inputs: [string, number, number][] }} */
    const recorded = JSON.parse(readFileSync(manifest, 'utf8'));
    statSync(out);
    for (const [path, size, mtimeMs] of recorded.inputs) {
      const stat = statSync(path);
      if (stat.size !== size || stat.mtimeMs !== mtimeMs) return false;
    }
    return recorded.inputs.length > 0;
  } catch {
    return false;
  }
}

/** esbuild from the CLI's own dependencies, else from beside tsx (which depends on it). */
function loadEsbuild() {
  const require = createRequire(import.meta.url);
  try {
    return require('esbuild');
  } catch {
    return createRequire(require.resolve('tsx'))('esbuild');
  }
}

function build(entry, dir, out, manifest) {
  const esbuild = loadEsbuild();
  mkdirSync(dir, { recursive: true });
  const temporary = `${out}.${process.pid}.tmp`;
  const result = esbuild.buildSync({
    entryPoints: [entry],
    absWorkingDir: cliRoot,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile: temporary,
    metafile: true,
    logLevel: 'silent',
    // CommonJS dependencies (commander) require Node's built-ins.
    banner: {
      js: "import { createRequire as tandemRequire } from 'node:module'; const require = tandemRequire(import.meta.url);",
    },
    // The one module of the bundle that finds a file beside itself (src/version.ts reads
    // ../package.json) still does.
    define: { 'import.meta.url': JSON.stringify(pathToFileURL(join(cliRoot, 'src', 'version.ts')).href) },
  });
  const inputs = Object.keys(result.metafile.inputs).map((input) => {
    const path = resolve(cliRoot, input);
    const stat = statSync(path);
    return [path, stat.size, stat.mtimeMs];
  });
  // Renames are atomic: a command started meanwhile reads the old bundle or the new one, whole.
  renameSync(temporary, out);
  const temporaryManifest = `${manifest}.${process.pid}.tmp`;
  writeFileSync(temporaryManifest, JSON.stringify({ inputs }));
  renameSync(temporaryManifest, manifest);
}
