import type {UserProfileLike, WebappState} from './mattermost_types';
import {PLUGIN_STATE_KEY} from './manifest';
import type {TimeStyle} from './time_format';
import type {ClickState, PluginState} from './reducer';

function pluginState(state: WebappState): PluginState | undefined {
  const mine = state[PLUGIN_STATE_KEY];
  return mine && typeof mine === 'object' && 'clicks' in mine ? (mine as PluginState) : undefined;
}

export function clickOf(state: WebappState, postId: string): ClickState | undefined {
  return pluginState(state)?.clicks[postId];
}

export function currentUserIdOf(state: WebappState): string | undefined {
  return state.entities?.users?.currentUserId;
}

export function profileOf(state: WebappState, userId: string | null): UserProfileLike | undefined {
  return userId ? state.entities?.users?.profiles?.[userId] : undefined;
}

/** The server's own URL; the webapp may run under a subpath, hence SiteURL first. */
export function siteUrlOf(state: WebappState): string {
  const configured = state.entities?.general?.config?.SiteURL;
  return (configured || window.location.origin).replace(/\/+$/, '');
}

/**
 * How this viewer reads times in Mattermost: the zone in their profile (automatic or chosen, as
 * mattermost-redux's getUserCurrentTimezone reads it) and their 24-hour clock setting. Anything
 * unknown is left to the browser.
 */
export function timeStyleOf(state: WebappState): TimeStyle {
  const me = profileOf(state, currentUserIdOf(state) ?? null)?.timezone;
  const automatic = me?.useAutomaticTimezone === true || me?.useAutomaticTimezone === 'true';
  const zone = (automatic ? me?.automaticTimezone : me?.manualTimezone) || undefined;
  const military = state.entities?.preferences?.myPreferences?.['display_settings--use_military_time']?.value;
  return {
    ...(zone ? {timeZone: zone} : {}),
    ...(military === 'true' ? {hour12: false} : military === 'false' ? {hour12: true} : {}),
  };
}
