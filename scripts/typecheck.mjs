// Typechecks every package with its own tsconfig (each package sees only the globals it may use:
// engine has no Node or DOM types, web has DOM, server and cli have Node).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const configs = [
  'packages/engine/tsconfig.json',
  'packages/formats/tsconfig.json',
  'packages/api/tsconfig.json',
  'packages/server/tsconfig.json',
  'packages/cli/tsconfig.json',
  'packages/web/tsconfig.json',
  'packages/web/tsconfig.e2e.json',
].filter((path) => existsSync(path));

let failed = 0;
for (const config of configs) {
  const started = Date.now();
  const result = spawnSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', config], {
    stdio: 'inherit',
  });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (result.status === 0) console.log(`typecheck ok    ${config} (${seconds}s)`);
  else {
    failed++;
    console.log(`typecheck FAIL  ${config}`);
  }
}
process.exit(failed === 0 ? 0 : 1);
