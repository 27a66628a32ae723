export * from './model/index';
