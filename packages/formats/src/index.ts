export * from './csv/index';
export * from './errors';
export * from './mspdi/index';
export * from './psplib/index';
export * from './tjp/index';
