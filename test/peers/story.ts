/**
 * The dual-authorization story, as data. Both peer sets (in-repo and real) are seeded from it:
 * the in-repo peers read it directly, the real-peer harnesses receive it as JSON.
 *
 * devops may request dbadmin with thresholds approve 2 / deny 1; dbreviewer may review dbadmin.
 * bob requests; alice and ivan review; carol has no review rights; dave has no Teleport user.
 */

export const STORY_CLUSTER = 'story.example.com';
export const MAPPING_TRAIT = 'mattermost_user_id';

export interface StoryRole {
  name: string;
  /** Roles this role may request, with thresholds. */
  request?: {
    roles: string[];
    thresholds: {name: string; approve: number; deny: number}[];
    reasonMode?: 'required' | 'optional';
    prompt?: string;
    /** search_as_roles: what a resource access request is granted through (Enterprise only on a real cluster). */
    searchAsRoles?: string[];
  };
  /** Roles this role may review. */
  review?: {roles: string[]; submitForUsers?: string[]};
  /** Resource rules, e.g. access_request: [list, read]. */
  rules?: {resources: string[]; verbs: string[]}[];
  maxSessionTTLHours?: number;
}

export const STORY_ROLES: StoryRole[] = [
  {name: 'dbadmin', maxSessionTTLHours: 8},
  {
    name: 'devops',
    request: {
      roles: ['dbadmin'],
      thresholds: [{name: 'dual', approve: 2, deny: 1}],
      prompt: 'Please provide your ticket ID',
      // Resource access requests (`--resource`) are granted through dbadmin too.
      searchAsRoles: ['dbadmin'],
    },
  },
  {name: 'dbreviewer', review: {roles: ['dbadmin']}},
  {
    // The bridge's identity: reads and watches requests, keeps plugin data, maps users,
    // creates requests for users, and submits reviews on behalf of the mapped reviewer.
    name: 'mattermost-bridge',
    review: {roles: [], submitForUsers: ['*']},
    rules: [
      {resources: ['access_request'], verbs: ['list', 'read', 'create']},
      {resources: ['access_plugin_data'], verbs: ['list', 'read', 'update']},
      {resources: ['user'], verbs: ['list', 'read']},
      {resources: ['role'], verbs: ['list', 'read']},
      // Routing by Teleport's access monitoring rules (the preset access-plugin role grants the same).
      {resources: ['access_monitoring_rule'], verbs: ['list', 'read']},
    ],
  },
];

export type StoryUserName = 'alice' | 'bob' | 'ivan' | 'carol';
/** Mattermost-only user (no Teleport user): the unmapped clicker. */
export type MattermostOnlyUserName = 'dave';

export const STORY_TELEPORT_USERS: {name: StoryUserName; roles: string[]}[] = [
  {name: 'bob', roles: ['devops']},
  {name: 'alice', roles: ['dbreviewer']},
  {name: 'ivan', roles: ['dbreviewer']},
  {name: 'carol', roles: ['devops']},
];

export const BRIDGE_TELEPORT_USER = 'mattermost-bridge';

export const STORY_TEAM = 'acme';
export const STORY_REQUESTS_CHANNEL = 'access-requests';
export const STORY_OTHER_CHANNEL = 'ops';

/** Bridge routing used by the scenarios: dbadmin requests go to the requests channel. */
export const STORY_ROLE_TO_RECIPIENTS: Record<string, string[]> = {
  dbadmin: [`${STORY_TEAM}/${STORY_REQUESTS_CHANNEL}`],
  '*': [`${STORY_TEAM}/${STORY_OTHER_CHANNEL}`],
};
