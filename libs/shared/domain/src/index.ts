export * from './lib/enums';
export * from './lib/roles';
export * from './lib/levels';
export * from './lib/text';
export * from './lib/time-zones';
export * from './lib/ids';
export * from './lib/meetings';
export * from './lib/zoned-time';
