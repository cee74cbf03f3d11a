// Mattermost's two stock themes as the webapp passes them to plugins (the `theme` prop).
// Values of "Denim" (default light) and "Onyx" (dark); close to core's, not guaranteed exact.
export const THEMES = {
  light: {
    type: 'Denim',
    sidebarBg: '#1e325c',
    sidebarText: '#ffffff',
    centerChannelBg: '#ffffff',
    centerChannelColor: '#3f4350',
    newMessageSeparator: '#cc8f00',
    linkColor: '#386fe5',
    buttonBg: '#1c58d9',
    buttonColor: '#ffffff',
    errorTextColor: '#d24b4e',
    onlineIndicator: '#3db887',
    awayIndicator: '#ffbc1f',
    dndIndicator: '#d24b4e',
    mentionHighlightBg: '#ffd470',
  },
  dark: {
    type: 'Onyx',
    sidebarBg: '#202228',
    sidebarText: '#ffffff',
    centerChannelBg: '#191b1f',
    centerChannelColor: '#e3e4e8',
    newMessageSeparator: '#1adbdb',
    linkColor: '#5d89ea',
    buttonBg: '#1c58d9',
    buttonColor: '#ffffff',
    errorTextColor: '#da6c6e',
    onlineIndicator: '#3db887',
    awayIndicator: '#f5ab00',
    dndIndicator: '#d24b4e',
    mentionHighlightBg: '#0177e7',
  },
} as const;

export type ThemeName = keyof typeof THEMES;
