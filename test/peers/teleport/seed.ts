/**
 * Seeds the peer from the story (test/peers/story.ts): its roles and users, the bridge user, and an
 * all-powerful "admin". Traits are supplied at start time (Mattermost user ids exist only later).
 */
import {BRIDGE_TELEPORT_USER, STORY_ROLES, STORY_TELEPORT_USERS, type StoryRole} from '../story';
import {DEFAULT_MAX_SESSION_TTL_MS, emptyConditions, type Role, type User} from './model';
import type {PeerStore} from './store';

export const ADMIN_USER = 'admin';
export const ADMIN_ROLE = 'peer-admin';
export const BRIDGE_ROLE = 'mattermost-bridge';

export function roleFromStory(s: StoryRole): Role {
  const allow = emptyConditions();
  if (s.request) {
    allow.request.roles = [...s.request.roles];
    allow.request.thresholds = s.request.thresholds.map((t) => ({name: t.name, filter: '', approve: t.approve, deny: t.deny}));
    allow.request.reasonMode = s.request.reasonMode ?? '';
    allow.request.reasonPrompt = s.request.prompt ?? '';
    allow.request.searchAsRoles = [...(s.request.searchAsRoles ?? [])];
  }
  if (s.review) {
    allow.review.roles = [...s.review.roles];
    allow.review.submitForUsers = [...(s.review.submitForUsers ?? [])];
  }
  allow.rules = (s.rules ?? []).map((r) => ({resources: [...r.resources], verbs: [...r.verbs]}));
  return {
    name: s.name,
    maxSessionTTLMs: s.maxSessionTTLHours ? s.maxSessionTTLHours * 3600_000 : DEFAULT_MAX_SESSION_TTL_MS,
    requestAccess: '',
    // The story's prompt is what GetAccessCapabilities.RequestPrompt reports (options.request_prompt).
    requestPrompt: s.request?.prompt ?? '',
    allow,
    deny: emptyConditions(),
  };
}

/** Stands in for tctl on the Auth host: every rule, every request, every review, any author. */
export function adminRole(): Role {
  const allow = emptyConditions();
  allow.rules = [{resources: ['*'], verbs: ['*']}];
  allow.request.roles = ['*'];
  allow.review.roles = ['*'];
  allow.review.submitForUsers = ['*'];
  return {name: ADMIN_ROLE, maxSessionTTLMs: DEFAULT_MAX_SESSION_TTL_MS, requestAccess: '', requestPrompt: '', allow, deny: emptyConditions()};
}

export function seedStory(store: PeerStore, traits: Record<string, Record<string, string[]>>): void {
  for (const s of STORY_ROLES) store.roles.set(s.name, roleFromStory(s));
  store.roles.set(ADMIN_ROLE, adminRole());
  const now = new Date();
  const users: {name: string; roles: string[]}[] = [...STORY_TELEPORT_USERS, {name: BRIDGE_TELEPORT_USER, roles: [BRIDGE_ROLE]}, {name: ADMIN_USER, roles: [ADMIN_ROLE]}];
  for (const u of users) {
    const t = traits[u.name] ?? {};
    const user: User = {name: u.name, roles: [...u.roles], traits: structuredClone(t), createdAt: now, createdBy: ADMIN_USER};
    store.users.set(u.name, user);
  }
}
