export * from './format';
export { RoutingStateLabel } from './RoutingStateLabel';
export { ClientIpLabels } from './ClientIpLabels';
export { StaticLabel, StaticLabelList } from './StaticLabel';
