// The card's stylesheet, injected once. A stylesheet rather than inline styles because focus
// rings, hover and narrow layouts need selectors and container queries; colours come only from
// the --tma-* variables that the card root sets from the user's theme (theme.ts).
const STYLE_ID = 'dev-accessbridge-teleport-card-styles';

const CSS = `
.tma-card{box-sizing:border-box;container-type:inline-size;max-width:640px;margin:4px 0;padding:12px 16px;
 border:1px solid rgba(var(--tma-fg-rgb),.16);border-left:4px solid var(--tma-accent);border-radius:4px;
 background:var(--tma-bg);color:rgb(var(--tma-fg-rgb));font-size:14px;line-height:20px;overflow-wrap:anywhere}
.tma-card *{box-sizing:border-box}
.tma-head{display:flex;align-items:center;gap:8px}
.tma-dot{flex:none;width:10px;height:10px;border-radius:50%;background:var(--tma-accent)}
.tma-title{margin:0;font-size:16px;line-height:24px;font-weight:600}
.tma-meta{font-size:12px;line-height:16px;color:rgba(var(--tma-fg-rgb),.76)}
.tma-facts{display:grid;grid-template-columns:max-content minmax(0,1fr);align-items:baseline;gap:4px 12px;margin:10px 0}
.tma-facts dt{font-size:12px;color:rgba(var(--tma-fg-rgb),.76)}
.tma-facts dd{margin:0}
.tma-chip{display:inline-block;margin:0 4px 2px 0;padding:0 6px;border-radius:4px;font-size:12px;
 background:rgba(var(--tma-fg-rgb),.08)}
.tma-muted{color:rgba(var(--tma-fg-rgb),.76);font-style:italic}
.tma-chip .tma-constraint{color:rgba(var(--tma-fg-rgb),.76);overflow-wrap:anywhere}
.tma-prompt{display:block;font-size:12px;color:rgba(var(--tma-fg-rgb),.76)}
.tma-needed{margin:-4px 0 10px;font-size:12px;line-height:16px}
.tma-counts{font-size:12px;color:rgba(var(--tma-fg-rgb),.76)}
.tma-progress{display:grid;grid-template-columns:repeat(auto-fit,minmax(140px,1fr));gap:8px 16px;margin:10px 0}
.tma-threshold{grid-column:1/-1;font-size:12px;font-weight:600;margin-bottom:-4px}
.tma-bar-label{display:flex;justify-content:space-between;gap:8px;font-size:12px;line-height:16px;margin-bottom:4px}
.tma-bar{height:6px;border-radius:3px;background:rgba(var(--tma-fg-rgb),.12);overflow:hidden}
.tma-bar>span{display:block;height:100%;border-radius:3px}
.tma-reviews{list-style:none;margin:10px 0 0;padding:0;border-top:1px solid rgba(var(--tma-fg-rgb),.12)}
.tma-review{padding:6px 0;border-bottom:1px solid rgba(var(--tma-fg-rgb),.08)}
.tma-review-line{display:flex;flex-wrap:wrap;align-items:baseline;gap:4px 8px}
.tma-decision{font-weight:600}
.tma-decision::before{display:inline-block;width:8px;height:8px;margin-right:6px;border-radius:50%;content:'';
 background:var(--tma-approve)}
.tma-decision[data-decision=DENIED]::before{background:var(--tma-deny)}
.tma-review-reason{margin-top:2px;white-space:pre-wrap}
.tma-actions{display:flex;flex-wrap:wrap;align-items:center;gap:8px;margin-top:12px}
.tma-btn{display:inline-flex;align-items:center;gap:6px;height:32px;padding:0 16px;border:0;border-radius:4px;
 font:inherit;font-size:12px;font-weight:600;white-space:nowrap;cursor:pointer}
.tma-btn:focus-visible,.tma-link:focus-visible{outline:2px solid var(--tma-link);outline-offset:2px}
.tma-approve{background:var(--tma-button-bg);color:var(--tma-button-color)}
.tma-approve:hover{box-shadow:inset 0 0 0 32px rgba(0,0,0,.12)}
.tma-deny{background:rgba(var(--tma-error-rgb),.08);color:var(--tma-error)}
.tma-deny:hover{background:rgba(var(--tma-error-rgb),.16)}
.tma-btn[aria-disabled=true]{opacity:.64;cursor:progress}
.tma-spinner{width:12px;height:12px;border:2px solid currentColor;border-right-color:transparent;border-radius:50%;
 animation:tma-spin .8s linear infinite}
@keyframes tma-spin{to{transform:rotate(360deg)}}
@media (prefers-reduced-motion:reduce){.tma-spinner{animation:none}}
.tma-link{color:var(--tma-link);font-size:12px;font-weight:600;text-decoration:none}
.tma-link:hover{text-decoration:underline}
.tma-you{display:inline-flex;align-items:center;height:32px;padding:0 12px;border-radius:4px;font-size:12px;font-weight:600;
 background:rgba(var(--tma-fg-rgb),.08)}
.tma-you .tma-decision::before{margin-right:8px}
.tma-note{margin-top:8px;font-size:12px;line-height:16px;color:rgba(var(--tma-fg-rgb),.76)}
.tma-error{margin-top:8px;font-size:12px;color:var(--tma-error)}
.tma-tsh summary{cursor:pointer}
.tma-tsh code{display:block;margin-top:4px;padding:4px 6px;border-radius:4px;font-size:11px;
 background:rgba(var(--tma-fg-rgb),.08);white-space:pre-wrap;word-break:break-all}
.tma-inbox{padding:8px 12px;color:rgb(var(--center-channel-color-rgb,63,67,80));font-size:14px}
.tma-inbox-filters{display:flex;flex-wrap:wrap;gap:4px;margin-bottom:8px}
.tma-inbox-filter{height:28px;padding:0 10px;border:1px solid rgba(var(--center-channel-color-rgb,63,67,80),.16);border-radius:14px;
 background:transparent;color:inherit;font:inherit;font-size:12px;font-weight:600;cursor:pointer}
.tma-inbox-filter[aria-selected=true]{border-color:var(--button-bg,#1c58d9);background:rgba(var(--button-bg-rgb,28,88,217),.08);color:var(--button-bg,#1c58d9)}
.tma-inbox-filter:focus-visible{outline:2px solid var(--button-bg,#1c58d9);outline-offset:2px}
.tma-inbox-count{opacity:.72;margin-left:2px}
.tma-inbox-list{list-style:none;margin:0;padding:0}
.tma-inbox-item{margin-bottom:12px}
.tma-inbox-item>.tma-link{display:inline-block;margin:2px 0 0 4px}
.tma-inbox-note{margin:8px 0;font-size:12px;line-height:16px;color:rgba(var(--center-channel-color-rgb,63,67,80),.76)}
.tma-inbox-icon{position:relative;display:inline-flex}
.tma-inbox-badge{position:absolute;top:-6px;right:-8px;min-width:16px;height:16px;padding:0 4px;border-radius:8px;
 background:var(--dnd-indicator,#d24b4e);color:#fff;font-size:10px;font-weight:700;line-height:16px;text-align:center}
@container (max-width:380px){
 .tma-btn{flex:1 1 auto;justify-content:center}
}
@container (max-width:300px){
 .tma-facts{grid-template-columns:minmax(0,1fr);gap:0}
 .tma-facts dd{margin-bottom:6px}
}
`;

export function ensureCardStyles(doc: Document = document): void {
  if (doc.getElementById(STYLE_ID)) return;
  const style = doc.createElement('style');
  style.id = STYLE_ID;
  style.textContent = CSS;
  doc.head.appendChild(style);
}

export function removeCardStyles(doc: Document = document): void {
  doc.getElementById(STYLE_ID)?.remove();
}
