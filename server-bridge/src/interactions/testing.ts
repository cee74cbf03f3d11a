/** A runtime context over the in-memory fakes of reviews/testing.ts, for the interaction tests. */
import type {Logger} from 'pino';
import type {SettingsSource} from '../config/settings';
import type {ClusterInfo} from '../domain/request';
import type {ReviewCapability} from '../card/capability';
import {createIdentityMapper} from '../reviews/mapping';
import {createReviewerDirectory} from '../reviewers/directory';
import type {FakeMattermost, FakeTeleport} from '../reviews/testing';
import type {RuntimeContext} from './context';

export function testContext(opts: {
  teleport: FakeTeleport;
  mattermost: FakeMattermost;
  settings: SettingsSource;
  logger: Logger;
  secret: Buffer;
  now: () => number;
  capability?: () => ReviewCapability;
  cluster?: () => ClusterInfo;
  certExpiry?: Date | null;
  answerWithinMs?: number;
}): RuntimeContext {
  const {teleport, mattermost, settings, logger} = opts;
  return {
    settings,
    cluster: opts.cluster ?? (() => teleport.cluster),
    capability: opts.capability ?? (() => ({selfCheckPassed: true})),
    identity: {user: () => 'mattermost-bridge', certExpiry: () => opts.certExpiry ?? null},
    teleport,
    mattermost,
    mapper: createIdentityMapper({teleport, mattermost, settings, logger}),
    reviewers: createReviewerDirectory({teleport}),
    cardLinks: null,
    secret: opts.secret,
    publicUrl: 'http://bridge.internal:8081',
    logger,
    now: opts.now,
    answerWithinMs: opts.answerWithinMs ?? 2000,
    onReviewOutcome: () => undefined,
  };
}
