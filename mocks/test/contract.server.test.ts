import { describe } from 'vitest';
import { defineContractSuite } from './contract.suite';
import { serverTransport } from './support';

describe('mock controller contract: standalone HTTP server (real fetch)', () => {
  defineContractSuite(serverTransport);
});
