export { type GenerateProjectOptions, generateProject } from './generate-project';
