/**
 * @mattermost/client is CommonJS with getter-defined exports that Node's ESM named-export
 * detection cannot see, so `import {Client4}` fails at run time. require() gives the real class.
 */
import {createRequire} from 'node:module';

const require = createRequire(import.meta.url);
const mm = require('@mattermost/client') as typeof import('@mattermost/client');

export const Client4 = mm.Client4;
export type Client4 = InstanceType<typeof mm.Client4>;
