import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {cardInput, cluster, request, review, settings} from '../testing/fixtures';
import {linkOnlyReason} from './capability';
import {renderCardMarkdown} from './markdown';
import {buildCardModel} from './model';
import {renderCardPost} from './post';
import {summarize, thresholdProgress} from './progress';
import {recipientsFor} from './routing';

const base = cardInput;

describe('progress toward thresholds', () => {
  const table: [string, Parameters<typeof thresholdProgress>[0], {approvals: number; approvalsNeeded: number; denials: number; denialsNeeded: number}][] = [
    ['no reviews', request(), {approvals: 0, approvalsNeeded: 2, denials: 0, denialsNeeded: 1}],
    ['one approval of two', request({reviews: [review('alice', 'APPROVED')]}), {approvals: 1, approvalsNeeded: 2, denials: 0, denialsNeeded: 1}],
    ['two approvals', request({reviews: [review('alice', 'APPROVED'), review('ivan', 'APPROVED')]}), {approvals: 2, approvalsNeeded: 2, denials: 0, denialsNeeded: 1}],
    ['a denial', request({reviews: [review('alice', 'DENIED')]}), {approvals: 0, approvalsNeeded: 2, denials: 1, denialsNeeded: 1}],
    [
      'no thresholds: Teleport default 1/1',
      request({thresholds: [], reviews: [review('alice', 'APPROVED', {thresholdIndexes: []})]}),
      {approvals: 1, approvalsNeeded: 1, denials: 0, denialsNeeded: 1},
    ],
    [
      'review not matching the threshold filter does not count',
      request({
        reviews: [review('alice', 'APPROVED', {thresholdIndexes: [1]})],
        thresholds: [
          {name: 'a', filter: '', approve: 2, deny: 1},
          {name: 'b', filter: 'x', approve: 1, deny: 1},
        ],
      }),
      {approvals: 0, approvalsNeeded: 2, denials: 0, denialsNeeded: 1},
    ],
  ];
  for (const [name, req, want] of table) {
    it(name, () => assert.deepEqual(summarize(thresholdProgress(req)), want));
  }
});

describe('link-only reasons', () => {
  const table: [string, Parameters<typeof linkOnlyReason>, ReturnType<typeof linkOnlyReason>][] = [
    ['reviews on, 18.11', [request(), settings, cluster, {selfCheckPassed: true}], null],
    ['reviews off by the admin', [request(), {...settings, reviewsEnabled: false}, cluster, {selfCheckPassed: true}], 'reviews_disabled'],
    ['older cluster', [request(), settings, {...cluster, onBehalfReviews: false}, {selfCheckPassed: null}], 'cluster_unsupported'],
    ['self-check failed', [request(), settings, cluster, {selfCheckPassed: false}], 'cluster_unsupported'],
    ['long-term request', [request({requestKind: 'LONG_TERM'}), settings, cluster, {selfCheckPassed: true}], 'long_term'],
    ['sensitive role', [request(), {...settings, sensitiveRoles: ['dbadmin']}, cluster, {selfCheckPassed: true}], 'sensitive_role'],
  ];
  for (const [name, args, want] of table) it(name, () => assert.equal(linkOnlyReason(...args), want));
});

describe('card model', () => {
  it('pending with buttons, requester mapped, Web UI link', () => {
    const card = buildCardModel({...base, request: request(), state: 'PENDING'});
    assert.equal(card.buttons.enabled, true);
    assert.equal(card.requester.mattermostUserId, 'mm-bob');
    assert.equal(card.webUrl, 'https://teleport.example.com/web/requests/0190f3f0-aaaa-7bbb-8ccc-5d2e91c4a7b3');
    assert.equal(card.title, 'Access request pending review');
  });
  it('resolved cards carry no buttons and keep the resolve reason', () => {
    const card = buildCardModel({...base, request: request({state: 'APPROVED', resolveReason: 'ok by me'}), state: 'APPROVED'});
    assert.equal(card.buttons.enabled, false);
    assert.equal(card.buttons.linkOnlyReason, null);
    assert.equal(card.resolveReason, 'ok by me');
  });
  it('expired overrides the pending snapshot', () => {
    const card = buildCardModel({...base, request: request(), state: 'EXPIRED'});
    assert.equal(card.state, 'EXPIRED');
    assert.equal(card.buttons.enabled, false);
  });
  it('community edition: tsh commands instead of a link', () => {
    const card = buildCardModel({...base, cluster: {...cluster, advancedAccessWorkflows: false, onBehalfReviews: false}, request: request(), state: 'PENDING'});
    assert.equal(card.webUrl, null);
    assert.match(renderCardMarkdown(card), /tsh request review --approve 0190f3f0/);
  });
  it('reviews submitted by the bridge are marked via Mattermost', () => {
    const card = buildCardModel({
      ...base,
      request: request({reviews: [review('alice', 'APPROVED', {submittedBy: 'mattermost-bridge'}), review('ivan', 'APPROVED')]}),
      state: 'PENDING',
    });
    assert.deepEqual(
      card.reviews.map((r) => [r.author, r.viaMattermost, r.authorMattermostId]),
      [
        ['alice', true, 'mm-alice'],
        ['ivan', false, null],
      ],
    );
  });
});

describe('markdown fallback', () => {
  it('has every field a reader on mobile needs', () => {
    const md = renderCardMarkdown(buildCardModel({...base, request: request({reviews: [review('alice', 'APPROVED', {reason: 'looks fine'})]}), state: 'PENDING'}));
    for (const want of [
      '`bob`',
      '`dbadmin`',
      'TICKET-42 fix replication',
      '**Request ID:** `91c4a7b3`',
      '(https://teleport.example.com/web/requests/0190f3f0-aaaa-7bbb-8ccc-5d2e91c4a7b3)',
      '`story.example.com`',
      '⏳ PENDING',
      'Approvals 1/2 · Denials 0/1',
      'Expires:',
      '[Review in Teleport](https://teleport.example.com/web/requests/',
      'looks fine',
    ]) {
      assert.ok(md.includes(want), `missing ${want} in\n${md}`);
    }
  });
  it('neutralises mentions and markdown in reasons', () => {
    const md = renderCardMarkdown(buildCardModel({...base, request: request({reason: '@channel look [here](http://evil) **now**'}), state: 'PENDING'}));
    assert.ok(!md.includes('@channel'), md);
    assert.ok(!md.includes('[here](http://evil)'), md);
    assert.ok(md.includes('\\*\\*now\\*\\*'), md);
  });
  it('approved shows status and resolution reason', () => {
    const md = renderCardMarkdown(buildCardModel({...base, request: request({state: 'APPROVED', resolveReason: 'second approval'}), state: 'APPROVED'}));
    assert.match(md, /✅ APPROVED/);
    assert.match(md, /Resolution reason:\*\* second approval/);
  });
});

describe('post rendering', () => {
  const actions = {approve: {url: 'http://bridge/mattermost/action', context: {sig: 'a'}}, deny: {url: 'http://bridge/mattermost/action', context: {sig: 'd'}}};
  it('pending card has approve/deny buttons with letter-and-digit ids', () => {
    const post = renderCardPost(buildCardModel({...base, request: request(), state: 'PENDING'}), actions);
    const attachment = (post.props.attachments as {actions: {id: string}[]}[])[0]!;
    assert.deepEqual(
      attachment.actions.map((a) => a.id),
      ['approve', 'deny'],
    );
    for (const a of attachment.actions) assert.match(a.id, /^[A-Za-z0-9]+$/);
    assert.equal(post.type, 'custom_teleport_request');
  });
  it('resolved card keeps its actions only disabled (no live ghost buttons; a stale click still reaches the bridge)', () => {
    const post = renderCardPost(buildCardModel({...base, request: request({state: 'DENIED'}), state: 'DENIED'}), actions);
    const attachment = (post.props.attachments as {actions: {id: string; disabled?: boolean; style: string}[]}[])[0]!;
    assert.deepEqual(
      attachment.actions.map((a) => [a.id, a.disabled, a.style]),
      [
        ['approve', true, 'default'],
        ['deny', true, 'default'],
      ],
    );
  });
  it('a link-only pending card has no actions at all', () => {
    const post = renderCardPost(buildCardModel({...base, settings: {...base.settings, reviewsEnabled: false}, request: request(), state: 'PENDING'}), actions);
    const attachment = (post.props.attachments as Record<string, unknown>[])[0]!;
    assert.equal('actions' in attachment, false);
  });
});

describe('recipients', () => {
  const routing = {dbadmin: ['acme/access-requests', 'alice@example.com'], '*': ['acme/ops']};
  it('routes by role, falls back to *, adds suggested reviewers', () => {
    const specs = recipientsFor(request({roles: ['dbadmin', 'auditor'], suggestedReviewers: ['ivan', 'ivan']}), routing);
    assert.deepEqual(
      specs.map((s) => s.source),
      ['acme/access-requests', 'alice@example.com', 'acme/ops', 'suggested reviewer ivan'],
    );
  });
  it('no route and no default: nothing', () => {
    assert.deepEqual(recipientsFor(request({roles: ['auditor']}), {dbadmin: ['acme/x']}), []);
  });
});
