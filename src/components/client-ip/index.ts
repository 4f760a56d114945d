export { RuleReason } from './RuleReason';
export { combineFixResolvers, type FixAction, type FixResolver } from './fix-action';
