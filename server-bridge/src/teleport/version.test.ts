import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {supportsOnBehalfReviews} from './version';

describe('supportsOnBehalfReviews', () => {
  const table: [string, boolean][] = [
    ['18.11.0', true],
    ['v18.11.0', true],
    ['18.12.1', true],
    ['18.10.9', false],
    ['18.9.20', false],
    ['17.99.0', false],
    ['19.0.0', true],
    ['21.3.4', true],
    ['18.11.0-beta.2', false],
    ['18.11.1-dev.3', true],
    ['18.11', false],
    ['', false],
  ];
  for (const [version, expected] of table) {
    it(`${version || '(empty)'} → ${expected}`, () => assert.equal(supportsOnBehalfReviews(version), expected));
  }
});
