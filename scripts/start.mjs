// `npm start`: build the web app when its sources are newer than the last build, then serve.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const webDir = 'packages/web';
const builtIndex = join(webDir, 'dist', 'index.html');

function newestMtime(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

const sourcesChanged =
  !existsSync(builtIndex) ||
  Math.max(newestMtime(join(webDir, 'src')), newestMtime('packages/api/src')) > statSync(builtIndex).mtimeMs;
if (sourcesChanged) {
  console.log('Building the web app…');
  const build = spawnSync('npm', ['run', 'build', '-w', '@tandem/web'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const serve = spawnSync(process.execPath, ['packages/cli/bin/tandem.js', 'serve', ...process.argv.slice(2)], {
  stdio: 'inherit',
});
process.exit(serve.status ?? 0);
