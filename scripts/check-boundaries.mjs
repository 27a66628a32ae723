// Fences the package graph of DEVELOPERS.md at the manifest level; biome.json's
// noRestrictedImports fences it at the import level. Both must agree.
import { readFileSync } from 'node:fs';

const allowed = {
  '@tandem/engine': [],
  '@tandem/formats': ['@tandem/engine'],
  '@tandem/api': ['@tandem/engine'],
  '@tandem/server': ['@tandem/engine', '@tandem/formats', '@tandem/api'],
  '@tandem/web': ['@tandem/api'],
  // The CLI runs engine and formats locally (schedule, bench, import/export) and talks to a
  // server through api; `tandem serve` starts the server as a child process, never by import.
  '@tandem/cli': ['@tandem/api', '@tandem/engine', '@tandem/formats'],
};
const forbiddenExternal = {
  '@tandem/engine': (name) => name !== '' && !name.startsWith('@types/'),
  '@tandem/web': (name) => ['kysely', 'better-sqlite3', 'pg', 'fastify'].includes(name),
  '@tandem/cli': (name) => ['kysely', 'better-sqlite3', 'pg'].includes(name),
};

let problems = 0;
for (const folder of ['engine', 'formats', 'api', 'server', 'web', 'cli']) {
  const manifest = JSON.parse(readFileSync(`packages/${folder}/package.json`, 'utf8'));
  const deps = Object.keys({ ...manifest.dependencies });
  for (const dep of deps) {
    if (dep.startsWith('@tandem/') && !allowed[manifest.name].includes(dep)) {
      console.error(
        `${manifest.name} must not depend on ${dep} (allowed: ${allowed[manifest.name].join(', ') || 'none'})`,
      );
      problems++;
    }
    const forbidden = forbiddenExternal[manifest.name];
    if (!dep.startsWith('@tandem/') && forbidden?.(dep)) {
      console.error(`${manifest.name} must not depend on ${dep}`);
      problems++;
    }
  }
}
if (problems > 0) process.exit(1);
console.log('package boundaries ok');
