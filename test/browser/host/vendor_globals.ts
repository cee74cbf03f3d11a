// The libraries the Mattermost webapp hands to plugins as globals (webapp/channels/src/plugins/
// export.ts): React, ReactDOM, Redux, ReactRedux, PropTypes-free. Bundled once by the host
// server and loaded before the plugin, exactly one copy, as in the real webapp.
import * as React from 'react';
import * as ReactDOM from 'react-dom';
import * as ReactDOMClient from 'react-dom/client';
import * as ReactRedux from 'react-redux';
import * as Redux from 'redux';

const globals = window as unknown as Record<string, unknown>;
globals.React = React;
globals.ReactDOM = {...ReactDOM, createRoot: ReactDOMClient.createRoot};
globals.Redux = Redux;
globals.ReactRedux = ReactRedux;
