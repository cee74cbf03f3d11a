/** Request and cluster fixtures for table tests of the pure core. */
import {DEFAULT_SETTINGS, type Settings} from '../config/settings';
import type {AccessRequest, ClusterInfo, Review} from '../domain/request';

export function request(overrides: Partial<AccessRequest> = {}): AccessRequest {
  return {
    id: '0190f3f0-aaaa-7bbb-8ccc-5d2e91c4a7b3',
    user: 'bob',
    roles: ['dbadmin'],
    state: 'PENDING',
    created: '2026-11-21T10:00:00.000Z',
    accessExpires: '2026-11-21T18:00:00.000Z',
    pendingExpires: '2026-11-21T18:00:00.000Z',
    maxDuration: null,
    sessionTTL: null,
    assumeStartTime: null,
    reason: 'TICKET-42 fix replication',
    resolveReason: '',
    thresholds: [{name: 'dual', filter: '', approve: 2, deny: 1}],
    roleThresholdMapping: {dbadmin: [[0]]},
    reviews: [],
    suggestedReviewers: [],
    resources: [],
    requestKind: 'SHORT_TERM',
    promotedAccessList: null,
    loginHint: '',
    ...overrides,
  };
}

/**
 * A pending request showing everything a card can: plain and constrained resources, a start
 * time, a session shorter than the access, two thresholds that must both pass (bob holds two
 * roles that grant dbadmin), and alice's approval counting towards both.
 */
export function wholePictureRequest(): AccessRequest {
  return request({
    created: '2026-11-21T10:00:00.000Z',
    assumeStartTime: '2026-11-21T12:00:00.000Z',
    maxDuration: '2026-11-21T16:00:00.000Z',
    sessionTTL: '2026-11-21T12:00:00.000Z',
    accessExpires: '2026-11-21T16:00:00.000Z',
    suggestedReviewers: ['alice', 'ivan'],
    resources: [
      {cluster: 'story.example.com', kind: 'db', name: 'orders', subResource: '', constraints: null},
      {cluster: 'story.example.com', kind: 'node', name: 'web-1', subResource: '', constraints: {kind: 'ssh', logins: ['root', 'deploy']}},
      {cluster: 'story.example.com', kind: 'app', name: 'aws', subResource: '', constraints: {kind: 'aws_console', roleArns: ['arn:aws:iam::123456789012:role/ReadOnly']}},
    ],
    thresholds: [
      {name: 'dual', filter: '', approve: 2, deny: 1},
      {name: 'security', filter: 'contains(reviewer.roles, "security")', approve: 2, deny: 1},
    ],
    roleThresholdMapping: {dbadmin: [[0], [1]]},
    reviews: [review('alice', 'APPROVED', {reason: 'ticket checked', thresholdIndexes: [0, 1]})],
  });
}

export function review(author: string, decision: Review['decision'], overrides: Partial<Review> = {}): Review {
  return {author, decision, reason: '', created: '2026-11-21T10:05:00.000Z', submittedBy: '', thresholdIndexes: [0], ...overrides};
}

export const cluster: ClusterInfo = {
  clusterName: 'story.example.com',
  serverVersion: '18.11.0',
  proxyPublicAddr: 'teleport.example.com:443',
  advancedAccessWorkflows: true,
  onBehalfReviews: true,
};

export const settings: Settings = {...DEFAULT_SETTINGS, reviewsEnabled: true};

/** What buildCardModel needs besides the request and state: the story cluster, bob and alice mapped. */
export const cardInput = {
  cluster,
  settings,
  capability: {selfCheckPassed: true},
  mattermostIds: {bob: 'mm-bob', alice: 'mm-alice'},
  bridgeUser: 'mattermost-bridge',
  requestPrompt: '',
  now: new Date('2026-11-21T10:06:00Z'),
};
