import { describe } from 'vitest';
import { defineContractSuite } from './contract.suite';
import { mswTransport } from './support';

describe('mock controller contract: msw/node', () => {
  defineContractSuite(mswTransport);
});
