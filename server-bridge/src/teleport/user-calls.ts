/**
 * User calls of the Teleport client: teleport.users.v1.UsersService, falling back for good to the
 * legacy AuthService.GetUser/GetUsers once a cluster answers UNIMPLEMENTED (Teleport before v15).
 */
import type {Logger} from 'pino';
import type {TeleportUser} from '../domain/request';
import type {TeleportConnection} from './connection';
import {decodeUser} from './decode';
import {TeleportError} from './port';
import type {GetUserResponse__Output} from './proto/generated/teleport/users/v1/GetUserResponse';
import type {ListUsersResponse__Output} from './proto/generated/teleport/users/v1/ListUsersResponse';
import {LIST_PAGE_SIZE} from './request-calls';
import {describe} from '../app/errors';

const unimplemented = (err: unknown) => err instanceof TeleportError && err.kind === 'NotImplemented';

export class UserCalls {
  /** Set once the cluster answered UNIMPLEMENTED for UsersService. */
  private legacy = false;

  constructor(
    private readonly conn: TeleportConnection,
    private readonly log: Logger,
  ) {}

  async get(name: string): Promise<TeleportUser | null> {
    try {
      if (this.legacy) return decodeUser(await this.conn.unary('auth', 'GetUser', {Name: name, WithSecrets: false}));
      const res = await this.conn.unary<GetUserResponse__Output>('users', 'GetUser', {name, current_user: false, with_secrets: false});
      return res.user ? decodeUser(res.user) : null;
    } catch (err) {
      if (err instanceof TeleportError && err.kind === 'NotFound') return null;
      if (unimplemented(err) && !this.legacy) {
        this.legacy = true;
        return this.get(name);
      }
      throw err;
    }
  }

  async list(): Promise<TeleportUser[]> {
    const users: TeleportUser[] = [];
    const add = (raw: unknown[]) => {
      for (const u of raw) {
        try {
          users.push(decodeUser(u));
        } catch (err) {
          this.log.error({err: describe(err)}, 'skipping malformed user');
        }
      }
    };
    if (this.legacy) {
      add(await this.conn.serverStream<unknown>('GetUsers', {WithSecrets: false}));
      return users;
    }
    let token = '';
    try {
      do {
        const page = await this.conn.unary<ListUsersResponse__Output>('users', 'ListUsers', {page_size: LIST_PAGE_SIZE, page_token: token, with_secrets: false});
        add(page.users);
        token = page.next_page_token;
      } while (token !== '');
    } catch (err) {
      if (unimplemented(err) && token === '') {
        this.log.info('teleport.users.v1.UsersService is not implemented (Teleport before v15); using the legacy AuthService.GetUsers');
        this.legacy = true;
        return this.list();
      }
      throw err;
    }
    return users;
  }
}
