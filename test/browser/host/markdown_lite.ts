// The host's stand-in for core's markdown renderer, for the bridge's plain posts and dialog texts.
// Everything is escaped first; only http(s) links become anchors.

/** Escaping plus **bold**, `code`, [links](https://…), "> " quotes and line breaks: enough for the bridge's texts. */
export function markdownLite(text: string): string {
  const escaped = text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  return escaped
    .split('\n')
    .map((raw) => {
      const quote = /^&gt; ?/.test(raw);
      const line = (quote ? raw.replace(/^&gt; ?/, '') : raw)
        .replace(/`([^`]+)`/g, '<code>$1</code>')
        .replace(/\*\*([^*]+)\*\*/g, '<strong>$1</strong>')
        .replace(/\[([^\]]+)\]\((https?:\/\/[^)\s]+)\)/g, '<a href="$2" target="_blank" rel="noreferrer">$1</a>');
      return quote ? `<span class="quote">${line}</span>` : line;
    })
    .join('<br>');
}
