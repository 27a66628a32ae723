export { type TjpDocument, type TjpOmission, writeTjp } from './write-tjp';
