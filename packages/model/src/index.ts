export * from './source.ts';
export * from './vocabulary.ts';
export * from './records.ts';
export * from './money.ts';
export * from './text.ts';
export * from './furniture.ts';
export * from './safe-text.ts';
