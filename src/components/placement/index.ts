export { placementResolver, DEFAULT_SE_GROUP_NAME, type PlacementCollections } from './placement-resolver';
export { usePlacementResolver, type PlacementData, type PlacementNeeds } from './use-placement-resolver';
