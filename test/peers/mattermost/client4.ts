/**
 * Client4 for Node ESM. `import {Client4} from '@mattermost/client'` fails at runtime under Node's
 * ESM loader: the package is CommonJS and defines its exports with getters that Node's named-export
 * detection cannot see. Loading it with require() gives the real class.
 */
import {createRequire} from 'node:module';

const require = createRequire(import.meta.url);
const mm = require('@mattermost/client') as typeof import('@mattermost/client');

export const Client4 = mm.Client4;
export type Client4 = InstanceType<typeof mm.Client4>;
export const ClientError = mm.ClientError;

export function clientFor(url: string, token: string): Client4 {
  const client = new Client4();
  client.setUrl(url);
  client.setToken(token);
  return client;
}
