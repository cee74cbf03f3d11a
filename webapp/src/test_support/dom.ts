// Import first in every component test: a jsdom window as the global browser environment,
// set up before React and Testing Library load (they look for `document` at import time).
import {JSDOM} from 'jsdom';

const dom = new JSDOM('<!doctype html><html><head></head><body></body></html>', {
  url: 'http://mattermost.test/',
  pretendToBeVisual: true,
});

const globals = globalThis as unknown as Record<string, unknown>;
const win = dom.window as unknown as Record<string, unknown>;
for (const key of Object.getOwnPropertyNames(win)) {
  if (key in globals) continue;
  globals[key] = win[key];
}
globals.window = dom.window;
globals.document = dom.window.document;
Object.defineProperty(globalThis, 'navigator', {value: dom.window.navigator, configurable: true});
globals.IS_REACT_ACT_ENVIRONMENT = true;

export {dom};
