export { type PsplibInstance, psplibBoundsKey, readPsplibBounds, readPsplibSm } from './read-psplib';
