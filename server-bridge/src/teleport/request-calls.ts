/** Access-request calls of the Teleport client: listing (with the pre-v15 fallback), create, review, delete. */
import {randomUUID} from 'node:crypto';
import type {Logger} from 'pino';
import type {AccessRequest, ResourceId} from '../domain/request';
import type {TeleportConnection} from './connection';
import {decodeAccessRequest, toTimestamp} from './decode';
import {TeleportError, type CreateRequestInput, type TeleportPort} from './port';
import type {AccessRequestV3} from './proto/generated/types/AccessRequestV3';
import type {AccessRequestFilter} from './proto/generated/types/AccessRequestFilter';
import type {ResourceID} from './proto/generated/types/ResourceID';
import type {AccessReviewSubmission} from './proto/generated/types/AccessReviewSubmission';
import type {ListAccessRequestsResponse__Output} from './proto/generated/proto/ListAccessRequestsResponse';
import {describe} from '../app/errors';

export const ACCESS_REQUEST = 'access_request';

/** Teleport's ResourceID message (types.proto): ClusterName = 1, Kind = 2, Name = 3, SubResourceName = 4. */
export const resourceIdToWire = (id: ResourceId): ResourceID => ({ClusterName: id.cluster, Kind: id.kind, Name: id.name, SubResourceName: id.subResource});
export const LIST_PAGE_SIZE = 200;

export class RequestCalls {
  constructor(
    private readonly conn: TeleportConnection,
    private readonly log: Logger,
  ) {}

  /** Decodes each request, skipping (and logging) malformed ones so one bad object cannot hide the rest. */
  private decodeAll(raw: unknown[]): AccessRequest[] {
    const out: AccessRequest[] = [];
    for (const r of raw) {
      try {
        out.push(decodeAccessRequest(r));
      } catch (err) {
        this.log.error({err: describe(err)}, 'skipping malformed access request');
      }
    }
    return out;
  }

  private async listRaw(filter: AccessRequestFilter): Promise<unknown[]> {
    const all: unknown[] = [];
    let startKey = '';
    try {
      do {
        const page = await this.conn.unary<ListAccessRequestsResponse__Output>('auth', 'ListAccessRequests', {
          Filter: filter,
          Sort: 'DEFAULT',
          Descending: false,
          Limit: LIST_PAGE_SIZE,
          StartKey: startKey,
        });
        all.push(...page.AccessRequests);
        startKey = page.NextKey;
      } while (startKey !== '');
      return all;
    } catch (err) {
      // ListAccessRequests reached v15 only in a later patch release.
      if (err instanceof TeleportError && err.kind === 'NotImplemented' && startKey === '') {
        this.log.debug('ListAccessRequests is not implemented; falling back to GetAccessRequestsV2');
        return this.conn.serverStream<unknown>('GetAccessRequestsV2', filter);
      }
      throw err;
    }
  }

  async list(filter: Parameters<TeleportPort['listRequests']>[0]): Promise<AccessRequest[]> {
    return this.decodeAll(await this.listRaw({State: filter.state ?? 'NONE', User: filter.user ?? ''}));
  }

  async get(id: string): Promise<AccessRequest | null> {
    if (id === '') return null;
    const match = this.decodeAll(await this.listRaw({ID: id})).find((r) => r.id === id);
    return match ?? null;
  }

  async create(input: CreateRequestInput): Promise<AccessRequest> {
    // Built fresh, shaped like Go's types.NewAccessRequest: gogoproto always serialises the
    // non-nullable timestamps (Created, Expires, MaxDuration, SessionTTL), as zero time when
    // unset; nullable ones (Metadata.Expires, AssumeStartTime, ResourceExpiry) are left out.
    // The server replaces Metadata.Name with its own ID.
    const request: AccessRequestV3 = {
      Kind: ACCESS_REQUEST,
      Version: 'v3',
      Metadata: {Name: randomUUID(), Namespace: 'default'},
      Spec: {
        User: input.user,
        Roles: input.roles,
        State: 'PENDING',
        Created: toTimestamp(null),
        Expires: toTimestamp(null),
        RequestReason: input.reason,
        RequestedResourceIDs: (input.resources ?? []).map(resourceIdToWire),
        SuggestedReviewers: input.suggestedReviewers,
        DryRun: input.dryRun,
        MaxDuration: toTimestamp(input.maxDuration),
        SessionTTL: toTimestamp(null),
      },
    };
    return decodeAccessRequest(await this.conn.unary('auth', 'CreateAccessRequestV2', request));
  }

  async submitReview(input: Parameters<TeleportPort['submitReview']>[0]): Promise<AccessRequest> {
    // Author is the human, submitted_on_behalf_of_author selects the plugin path,
    // SubmittedBy is left for the server to record; Roles empty means "all requested roles".
    const submission: AccessReviewSubmission = {
      RequestID: input.requestId,
      Review: {
        Author: input.author,
        Roles: [],
        ProposedState: input.decision,
        Reason: input.reason,
        Created: toTimestamp(new Date()),
        SubmittedBy: '',
        submitted_on_behalf_of_author: !input.asSelf,
      },
    };
    return decodeAccessRequest(await this.conn.unary('auth', 'SubmitAccessReview', submission));
  }

  async delete(id: string): Promise<void> {
    await this.conn.unary('auth', 'DeleteAccessRequest', {ID: id});
  }
}
