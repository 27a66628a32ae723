export * from './bench/index';
export * from './calendar/index';
export * from './cpm/index';
export * from './leveling/index';
export * from './model/index';
export * from './random/index';
export * from './rcpsp/index';
