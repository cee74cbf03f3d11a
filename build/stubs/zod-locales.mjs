// Stands in for zod's locale index inside the bridge bundle (see build/bridge.mjs). zod's
// namespace re-exports every one of its 60-odd locales (z.locales), so a bundle that uses `z`
// carries and evaluates all of them; the bridge only ever speaks English, which zod registers by
// default from its own import of en.js.
export {default as en} from '../../node_modules/zod/v4/locales/en.js';
