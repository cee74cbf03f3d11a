// Core's markdown for posts and dialog texts, in the host page: Mattermost's own CommonMark fork
// (@mattermost/commonmark, the parser its mobile app uses; the webapp uses a marked fork that is
// not on npm), with core's choices: raw HTML is never passed through, unsafe link schemes are
// dropped, and a single newline is a line break. Mentions, channel links, emoji and hashtags are
// nodes of their own in the fork; core turns them into components, the host into their text.
import {HtmlRenderer, Parser, type Node} from '@mattermost/commonmark';

type NodeRenderer = (this: HtmlRenderer & {lit(text: string): void; esc(text: string): string}, node: Node & Record<string, unknown>) => void;

function asText(prefix: string, field: string, className: string): NodeRenderer {
  return function (node) {
    const name = typeof node[field] === 'string' ? node[field] : (node.literal ?? '');
    this.lit(`<span class="${className}">${this.esc(`${prefix}${name}`)}</span>`);
  };
}

const parser = new Parser();
const renderer = new HtmlRenderer({safe: true, softbreak: '<br>'});
Object.assign(renderer, {
  at_mention: asText('@', 'mentionName', 'mention'),
  channel_link: asText('~', 'channelName', 'channel-mention'),
  hashtag: asText('#', 'hashtag', 'hashtag'),
  emoji: asText('', 'literal', 'emoticon'),
});

/** HTML for a post's message. */
export function postMarkdown(text: string): string {
  const html = renderer.render(parser.parse(text));
  // Links leave the page, as core opens them.
  return html.replace(/<a href="(https?:\/\/[^"]*)"/g, '<a href="$1" target="_blank" rel="noreferrer"');
}
