// Turns the user's Mattermost theme into the few colours the card uses. Colours come from the
// `theme` prop (always present in the webapp) with Mattermost's default "Denim" values as the
// fallback, so the card matches light and dark themes alike.
import type {CardState} from '@tma/card-contract';

import type {ThemeLike} from './mattermost_types';

const DENIM: Required<ThemeLike> = {
  centerChannelBg: '#ffffff',
  centerChannelColor: '#3f4350',
  buttonBg: '#1c58d9',
  buttonColor: '#ffffff',
  linkColor: '#386fe5',
  errorTextColor: '#d24b4e',
  onlineIndicator: '#3db887',
  awayIndicator: '#ffbc1f',
  dndIndicator: '#d24b4e',
};

export type Palette = Required<ThemeLike>;

export function paletteFrom(theme: ThemeLike | undefined): Palette {
  const out = {...DENIM};
  for (const key of Object.keys(DENIM) as (keyof ThemeLike)[]) {
    const value = theme?.[key];
    if (typeof value === 'string' && toRgb(value) !== null) {
      out[key] = value;
    }
  }
  return out;
}

/** "#rrggbb", "#rgb" or "rgb(r, g, b)" → "r, g, b" (for rgba(var(...), a)), else null. */
export function toRgb(colour: string): string | null {
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(colour.trim());
  if (hex?.[1]) {
    const h = hex[1].length === 3 ? [...hex[1]].map((c) => c + c).join('') : hex[1];
    return [0, 2, 4].map((i) => parseInt(h.slice(i, i + 2), 16)).join(', ');
  }
  const rgb = /^rgba?\(\s*(\d+)\s*,\s*(\d+)\s*,\s*(\d+)/i.exec(colour.trim());
  return rgb ? `${rgb[1]}, ${rgb[2]}, ${rgb[3]}` : null;
}

function channels(colour: string): number[] {
  return (toRgb(colour) ?? '0, 0, 0').split(', ').map(Number);
}

function luminance(colour: number[]): number {
  const [r = 0, g = 0, b = 0] = colour.map((v) => {
    const c = v / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(channels(a)), luminance(channels(b))].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/**
 * `colour`, moved towards `towards` (the theme's text colour) just enough to reach WCAG AA
 * contrast on `bg`. Some stock theme colours (Denim's error red on white: 4.3:1) fall short
 * for 12px text; mixing keeps the hue recognisable.
 */
export function readableOn(colour: string, bg: string, towards: string, min = 4.5): string {
  const from = channels(colour);
  const to = channels(towards);
  for (let t = 0; t <= 1.0001; t += 0.05) {
    const mixed = `rgb(${from.map((v, i) => Math.round(v + ((to[i] ?? v) - v) * t)).join(', ')})`;
    if (contrast(mixed, bg) >= min) return mixed;
  }
  return towards;
}

/** The accent of each state: the theme's own status colours, so users read them as usual. */
export function stateAccent(state: CardState, p: Palette): string {
  switch (state) {
    case 'PENDING':
      return p.awayIndicator;
    case 'APPROVED':
      return p.onlineIndicator;
    case 'DENIED':
      return p.dndIndicator;
    case 'PROMOTED':
      return p.linkColor;
    case 'EXPIRED':
      return `rgba(${toRgb(p.centerChannelColor) ?? '63, 67, 80'}, 0.48)`;
  }
}

/** CSS custom properties set on the card root; card_styles.ts refers only to these. */
export function cssVariables(p: Palette, state: CardState): Record<string, string> {
  const rgb = (c: string) => toRgb(c) ?? '0, 0, 0';
  return {
    '--tma-bg': p.centerChannelBg,
    '--tma-fg-rgb': rgb(p.centerChannelColor),
    '--tma-button-bg': p.buttonBg,
    '--tma-button-bg-rgb': rgb(p.buttonBg),
    '--tma-button-color': p.buttonColor,
    '--tma-link': readableOn(p.linkColor, p.centerChannelBg, p.centerChannelColor),
    // 5:1 rather than 4.5:1: the Deny label sits on a faint tint of the same red.
    '--tma-error': readableOn(p.errorTextColor, p.centerChannelBg, p.centerChannelColor, 5),
    '--tma-error-rgb': rgb(p.errorTextColor),
    '--tma-approve': p.onlineIndicator,
    '--tma-deny': p.dndIndicator,
    '--tma-accent': stateAccent(state, p),
  };
}
