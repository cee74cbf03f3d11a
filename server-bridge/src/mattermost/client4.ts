/**
 * @mattermost/client is CommonJS with getter-defined exports that Node's ESM named-export
 * detection cannot see, so `import {Client4}` fails at run time; the default import is the
 * module's exports object, which works both under Node and inside the esbuild bundle.
 */
import mattermostClient from '@mattermost/client';

export const Client4 = mattermostClient.Client4;
export type Client4 = InstanceType<typeof mattermostClient.Client4>;
