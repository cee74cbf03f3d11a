import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import pino from 'pino';
import {DEFAULT_SETTINGS, type Settings} from '../config/settings';
import type {AccessRequest} from '../domain/request';
import type {Effect} from '../chat/port';
import {EMPTY_RECORD, type PostRef, type RequestRecord} from '../requests/record';
import {FakeChat, fakeContext, fakePluginData} from '../requests/testing';
import type {TeleportPort} from '../teleport/port';
import {cluster, request, review} from '../testing/fixtures';
import {dueAccessWarning, dueReminders, humanDuration, ReminderScheduler, type ReminderSettings} from './reminders';

const MIN = 60_000;
const created = Date.parse('2026-11-21T10:00:00.000Z');
const at = (minutes: number) => created + minutes * MIN;
const posted: RequestRecord = {...EMPTY_RECORD, posted: true, posts: [{channelId: 'c1', postId: 'p1'}]};
const on: ReminderSettings = {reminderAfterMinutes: 30, reminderDmReviewers: false, expiryWarningMinutes: 15, accessExpiryWarningMinutes: 0};
// Pending for 2 hours: expires at minute 120; the warning window opens at minute 105.
const req = request({pendingExpires: '2026-11-21T12:00:00.000Z'});

describe('which reminders are due', () => {
  const rows: [string, AccessRequest, RequestRecord, ReminderSettings, number, {remind: boolean; warnExpiry: boolean}][] = [
    ['too early for anything', req, posted, on, at(29), {remind: false, warnExpiry: false}],
    ['reminder at the interval', req, posted, on, at(30), {remind: true, warnExpiry: false}],
    ['reminder once only', req, {...posted, reminded: true}, on, at(60), {remind: false, warnExpiry: false}],
    ['no reminder before the cards are handled', req, EMPTY_RECORD, on, at(60), {remind: false, warnExpiry: false}],
    ['reminders off (0)', req, posted, {...on, reminderAfterMinutes: 0}, at(60), {remind: false, warnExpiry: false}],
    ['a partly reviewed request is still pending', request({...req, reviews: [review('alice', 'APPROVED')]}), posted, on, at(31), {remind: true, warnExpiry: false}],
    ['resolved requests get nothing', request({...req, state: 'APPROVED'}), posted, on, at(110), {remind: false, warnExpiry: false}],
    ['expiry warning inside the window', req, {...posted, reminded: true}, on, at(105), {remind: false, warnExpiry: true}],
    ['both due at once', req, posted, on, at(106), {remind: true, warnExpiry: true}],
    ['expiry warning once only', req, {...posted, reminded: true, expiryWarned: true}, on, at(110), {remind: false, warnExpiry: false}],
    ['nothing after expiry', req, posted, on, at(121), {remind: false, warnExpiry: false}],
    ['expiry warning off (0)', req, {...posted, reminded: true}, {...on, expiryWarningMinutes: 0}, at(110), {remind: false, warnExpiry: false}],
    ['no warning without a pending expiry', request({...req, pendingExpires: null}), {...posted, reminded: true}, on, at(500), {remind: false, warnExpiry: false}],
    ['no warning for a request born inside the window', request({...req, pendingExpires: '2026-11-21T10:10:00.000Z'}), posted, on, at(5), {remind: false, warnExpiry: false}],
    ['the warning does not need cards', req, EMPTY_RECORD, on, at(110), {remind: false, warnExpiry: true}],
  ];
  for (const [name, r, record, settings, now, expected] of rows) {
    it(name, () => assert.deepEqual(dueReminders(r, record, settings, now), expected));
  }
  it('honours a shorter test minute', () => {
    assert.deepEqual(dueReminders(req, posted, on, created + 30 * 100, 100), {remind: true, warnExpiry: false});
  });
  it('says durations the way people do', () => {
    assert.equal(humanDuration(45 * MIN), '45m');
    assert.equal(humanDuration(60 * MIN), '1h');
    assert.equal(humanDuration(125 * MIN), '2h 05m');
    assert.equal(humanDuration(10_000), '1m');
  });
});

function scheduler(
  teleport: Pick<TeleportPort, 'getPluginData' | 'updatePluginData'>,
  sent: Sent[],
  pending: AccessRequest[],
  settings: Settings,
  now: () => number,
  replica = 'a',
) {
  const chat = new RecordingChat(sent);
  const clock = {
    get now() {
      return now();
    },
  };
  const lifecycle = {...fakeContext(chat, teleport as ReturnType<typeof fakePluginData>, replica, clock), mattermostIdOf: async (u: string) => (u === 'nobody' ? null : `mm-${u}`)};
  return new ReminderScheduler({
    pending: () => pending.filter((p) => p.state === 'PENDING'),
    granted: () => pending.filter((p) => p.state === 'APPROVED'),
    lifecycle,
    settings: {current: () => settings},
    cluster: () => cluster,
    logger: pino({level: 'silent'}),
    minuteMs: MIN,
    scanIntervalMs: 1000,
  });
}

interface Sent {
  channelId: string;
  rootId?: string;
  message: string;
}

/** The lifecycle's fake chat, also keeping each message in the order sent. */
class RecordingChat extends FakeChat {
  constructor(private readonly sent: Sent[]) {
    super();
  }
  override async reply(card: PostRef, requestId: string, effect: Effect, message: string): Promise<void> {
    await super.reply(card, requestId, effect);
    this.sent.push({channelId: card.channelId, rootId: card.postId, message});
  }
  override async dm(userId: string, requestId: string, effect: Effect, message: string): Promise<void> {
    await super.dm(userId, requestId, effect);
    this.sent.push({channelId: `dm-${userId}`, message});
  }
}

describe('reminder scheduler', () => {
  const settings: Settings = {...DEFAULT_SETTINGS, reminderAfterMinutes: 30, reminderDmReviewers: true, expiryWarningMinutes: 15};
  const r = request({suggestedReviewers: ['alice', 'ivan', 'nobody'], pendingExpires: '2026-11-21T12:00:00.000Z'});

  it('two replicas scanning the same request send one reminder: a reply per card thread and a DM per mapped reviewer', async () => {
    const teleport = fakePluginData();
    teleport.data.set(r.id, {posted: '1', posts: 'c1/p1,c2/p2'});
    const sent: Sent[] = [];
    let now = at(10);
    const a = scheduler(teleport, sent, [r], settings, () => now);
    const b = scheduler(teleport, sent, [r], settings, () => now, 'b');
    await Promise.all([a.run(), b.run()]);
    assert.equal(sent.length, 0, 'nothing before the interval');

    now = at(31);
    await Promise.all([a.run(), b.run()]);
    await Promise.all([a.run(), b.run()]);
    const replies = sent.filter((p) => p.rootId);
    assert.deepEqual(
      replies.map((p) => [p.channelId, p.rootId]),
      [
        ['c1', 'p1'],
        ['c2', 'p2'],
      ],
    );
    assert.match(replies[0]!.message, /still waiting for review after 31m/);
    const dms = sent.filter((p) => !p.rootId);
    assert.deepEqual(
      dms.map((p) => p.channelId),
      ['dm-mm-alice', 'dm-mm-ivan'],
      'unmapped reviewers are skipped',
    );
    assert.match(dms[0]!.message, /`bob` asked for `dbadmin`.*named you as a reviewer/);
    assert.match(dms[0]!.message, /Review in Teleport\]\(https:\/\/teleport\.example\.com(:443)?\/web\/requests\//);
    assert.equal(teleport.data.get(r.id)?.reminded, '1', 'claimed in plugin data');
  });

  it('a reviewer whose DM holds a card gets the reminder once there, as a DM, not also in that card’s thread', async () => {
    const teleport = fakePluginData();
    teleport.data.set(r.id, {posted: '1', posts: 'c1/p1,dm-mm-alice/p2'});
    const sent: Sent[] = [];
    await scheduler(teleport, sent, [r], settings, () => at(31)).run();
    assert.deepEqual(
      sent.map((p) => [p.channelId, p.rootId ?? '']),
      [
        ['dm-mm-alice', ''],
        ['dm-mm-ivan', ''],
        ['c1', 'p1'],
      ],
    );

    const threadsOnly = fakePluginData();
    threadsOnly.data.set(r.id, {posted: '1', posts: 'c1/p1,dm-mm-alice/p2'});
    const sent2: Sent[] = [];
    await scheduler(threadsOnly, sent2, [r], {...settings, reminderDmReviewers: false}, () => at(31)).run();
    assert.deepEqual(
      sent2.map((p) => [p.channelId, p.rootId ?? '']),
      [
        ['c1', 'p1'],
        ['dm-mm-alice', 'p2'],
      ],
      'without reviewer DMs, every card thread',
    );
  });

  it('a restarted bridge (fresh memory) does not remind again, and warns the requester once before expiry', async () => {
    const teleport = fakePluginData();
    teleport.data.set(r.id, {posted: '1', posts: 'c1/p1', reminded: '1'});
    const sent: Sent[] = [];
    let now = at(100);
    const s = scheduler(teleport, sent, [r], settings, () => now);
    await s.run();
    assert.equal(sent.length, 0);
    now = at(106);
    await s.run();
    await scheduler(teleport, sent, [r], settings, () => now).run();
    assert.equal(sent.length, 1);
    assert.equal(sent[0]!.channelId, 'dm-mm-bob');
    assert.match(sent[0]!.message, /has not been resolved and expires in about 14m/);
  });

  it('does nothing at all when both reminders are off', async () => {
    const teleport = fakePluginData();
    let reads = 0;
    const counting = {...teleport, getPluginData: async (id: string) => (reads++, teleport.getPluginData(id, 'bridge'))};
    const sent: Sent[] = [];
    await scheduler(counting, sent, [r], DEFAULT_SETTINGS, () => at(200)).run();
    assert.equal(reads, 0, 'no plugin-data reads');
    assert.equal(sent.length, 0);
  });
});

describe('warning before granted access ends', () => {
  // Approved at minute 10 (the second review), access until minute 130; warn 15 minutes before.
  const approved = request({
    state: 'APPROVED',
    accessExpires: '2026-11-21T12:10:00.000Z',
    reviews: [review('alice', 'APPROVED', {created: '2026-11-21T10:05:00.000Z'}), review('ivan', 'APPROVED', {created: '2026-11-21T10:10:00.000Z'})],
  });
  const warn: ReminderSettings = {...on, accessExpiryWarningMinutes: 15};
  const rows: [string, AccessRequest, RequestRecord, ReminderSettings, number, boolean][] = [
    ['not before the window', approved, EMPTY_RECORD, warn, at(114), false],
    ['inside the window', approved, EMPTY_RECORD, warn, at(115), true],
    ['once only', approved, {...EMPTY_RECORD, accessWarned: true}, warn, at(120), false],
    ['not after access ended', approved, EMPTY_RECORD, warn, at(130), false],
    ['off (0)', approved, EMPTY_RECORD, {...warn, accessExpiryWarningMinutes: 0}, at(120), false],
    ['not for access granted inside the window (the approval DM said until when)', approved, EMPTY_RECORD, {...warn, accessExpiryWarningMinutes: 125}, at(11), false],
    ['pending requests are not granted', {...approved, state: 'PENDING'}, EMPTY_RECORD, warn, at(120), false],
    ['no end set by Teleport', {...approved, accessExpires: null}, EMPTY_RECORD, warn, at(120), false],
  ];
  for (const [name, r, record, settings, now, expected] of rows) {
    it(name, () => assert.equal(dueAccessWarning(r, record, settings, now), expected));
  }

  it('two replicas and a restart: the requester gets one warning, with the command to request again', async () => {
    const teleport = fakePluginData();
    teleport.data.set(approved.id, {posted: '1', posts: 'c1/p1', state_announced: 'APPROVED'});
    const sent: Sent[] = [];
    const settings: Settings = {...DEFAULT_SETTINGS, accessExpiryWarningMinutes: 15};
    let now = at(100);
    const a = scheduler(teleport, sent, [approved], settings, () => now);
    const b = scheduler(teleport, sent, [approved], settings, () => now, 'b');
    await Promise.all([a.run(), b.run()]);
    assert.equal(sent.length, 0, 'nothing before the window');
    now = at(116);
    await Promise.all([a.run(), b.run()]);
    await scheduler(teleport, sent, [approved], settings, () => now, 'restarted').run();
    assert.equal(sent.length, 1);
    assert.equal(sent[0]!.channelId, `dm-mm-${approved.user}`);
    assert.match(sent[0]!.message, /ends in about 14m, at 2026-11-21 12:10 UTC/);
    assert.match(sent[0]!.message, /\/teleport request --roles dbadmin/);
    assert.ok(!sent[0]!.message.includes(approved.id), 'the short id, as in every other message');
    assert.equal(teleport.data.get(approved.id)?.access_warned, '1');
  });
});
