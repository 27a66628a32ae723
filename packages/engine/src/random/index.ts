export { mulberry32, type Prng } from './prng';
