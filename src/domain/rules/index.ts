export * from './types';
export * from './application-profile-rules';
export * from './routing-prerequisites';
export * from './virtual-service-rules';
export * from './change-rules';
export * from './facts';
export * from './what-if';
