export { DEMO_OWNER_EMAIL, DEMO_WORKSPACE_NAME } from './demo-workspace.data';
export { type SeedDemoOptions, type SeededDemo, seedDemo } from './seed-demo';
