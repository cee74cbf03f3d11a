/**
 * What a Mattermost client hears on its own websocket (/api/v4/websocket with the user's token):
 * the ephemeral posts only that user sees, the dialogs the server opens for them, and post edits.
 * On the real server this is the only way to read them, exactly as the webapp and the mobile apps
 * do; scenarios read the in-repo peer's records through the same Inbox shape (harness.ts).
 */
import type {Post} from '@mattermost/types/posts';
import {textOf} from '../../server-bridge/src/config/websocket';
import WebSocket from 'ws';
import {z} from 'zod';

export interface OpenedDialogEvent {
  trigger_id: string;
  url: string;
  dialog: Record<string, unknown>;
}

/** A user's private deliveries, oldest first. */
export interface Inbox {
  ephemerals(): Post[];
  dialogs(): OpenedDialogEvent[];
}

/** A preference the server pushed to the user's sessions (`preferences_changed`). */
export interface PushedPreference {
  category: string;
  name: string;
  value: string;
}

export interface UserSocket extends Inbox {
  edits(): Post[];
  /** What the server pushed as `preferences_changed`, as the webapp's store receives it. */
  preferences(): PushedPreference[];
  close(): void;
}

const eventSchema = z.object({
  event: z.string(),
  data: z.record(z.string(), z.unknown()).default({}),
});

/** Mattermost sends posts (and some dialogs) as a JSON string inside the event's data. */
function decoded(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  try {
    return JSON.parse(value) as unknown;
  } catch {
    return value;
  }
}

const postSchema = z.object({id: z.string(), message: z.string()}).loose();
const preferencesSchema = z.array(z.object({category: z.string(), name: z.string(), value: z.string()}).loose(), 'expected a list of preferences');
const dialogSchema = z
  .object({
    trigger_id: z.string().default(''),
    url: z.string('expected the URL the dialog submits to'),
    dialog: z.record(z.string(), z.unknown(), 'expected the dialog object'),
  })
  .loose();

function field<T>(schema: z.ZodType<T>, value: unknown, event: string, name: string): T {
  const parsed = schema.safeParse(decoded(value));
  if (!parsed.success) throw new Error(`websocket ${event}: data.${name}: ${parsed.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; ')}`);
  return parsed.data;
}

/** Opens the socket and resolves once the server said hello (so nothing sent after is missed). */
export async function openUserSocket(baseUrl: string, token: string): Promise<UserSocket> {
  const ephemerals: Post[] = [];
  const dialogs: OpenedDialogEvent[] = [];
  const edits: Post[] = [];
  const preferences: PushedPreference[] = [];
  const errors: Error[] = [];
  let socket: WebSocket | null = null;
  let closed = false;
  const wsUrl = `${baseUrl.replace(/^http/, 'ws')}/api/v4/websocket`;

  const connect = () =>
    new Promise<void>((resolve, reject) => {
      const ws = new WebSocket(wsUrl, {headers: {Authorization: `Bearer ${token}`}});
      socket = ws;
      let hello = false;
      ws.on('message', (raw: WebSocket.RawData) => {
        const parsed = eventSchema.safeParse(JSON.parse(textOf(raw)));
        if (!parsed.success) return; // replies to our own requests carry no event
        const {event, data} = parsed.data;
        try {
          if (event === 'hello') {
            hello = true;
            resolve();
          } else if (event === 'ephemeral_message') ephemerals.push(field(postSchema, data['post'], event, 'post') as unknown as Post);
          else if (event === 'open_dialog') dialogs.push(field(dialogSchema, data['dialog'], event, 'dialog'));
          else if (event === 'post_edited') edits.push(field(postSchema, data['post'], event, 'post') as unknown as Post);
          else if (event === 'preferences_changed') preferences.push(...field(preferencesSchema, data['preferences'], event, 'preferences'));
        } catch (err) {
          errors.push(err as Error);
        }
      });
      ws.on('error', (err) => {
        if (!hello) reject(err);
      });
      ws.on('close', () => {
        if (!hello) reject(new Error(`websocket closed before hello (${wsUrl})`));
        // The server restarted (an outage): reconnect like a client does.
        else if (!closed) setTimeout(() => void reconnect(), 250);
      });
    });

  const reconnect = async (): Promise<void> => {
    while (!closed) {
      try {
        await connect();
        return;
      } catch {
        await new Promise((r) => setTimeout(r, 250));
      }
    }
  };

  await connect();
  /** A malformed event is a finding, not noise: reading it fails the scenario that relies on it. */
  const checked = <T>(list: T[]) => {
    if (errors.length > 0) throw errors[0]!;
    return [...list];
  };
  return {
    ephemerals: () => checked(ephemerals),
    dialogs: () => checked(dialogs),
    edits: () => checked(edits),
    preferences: () => checked(preferences),
    close() {
      closed = true;
      socket?.close();
    },
  };
}
