export { type BuildAppOptions, buildApp } from './app';
export { APP_DEFAULTS, type AppConfig, loadConfig, type ServerConfig } from './config';
export { createDatabase, type DatabaseConfig, type DatabaseHandle } from './db/create-database';
export type { Database } from './db/database.types';
export { newId } from './db/ids';
export { migrateToLatest } from './db/migrate';
export { ProjectScheduler } from './scheduling/project-schedule.service';
export { createWorkspaceWithOwner } from './workspaces/workspaces.service';
