// Builds the plugin's one file, webapp/dist/main.js. React, Redux and friends are not bundled:
// the Mattermost webapp provides them as globals (window.React and friends), which keeps the
// bundle small and, more importantly, makes the card share the webapp's store and React tree.
import path from 'node:path';
import {fileURLToPath} from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));

export default {
  mode: 'production',
  entry: path.join(here, 'src/index.tsx'),
  output: {path: path.join(here, 'dist'), filename: 'main.js', clean: true},
  resolve: {
    extensions: ['.tsx', '.ts', '.js', '.json'],
    // See src/jsx_runtime.ts: depend on the webapp's React only through its public API.
    alias: {'react/jsx-runtime$': path.join(here, 'src/jsx_runtime.ts')},
  },
  module: {
    rules: [{test: /\.tsx?$/, exclude: /node_modules/, use: {loader: 'ts-loader', options: {transpileOnly: true, configFile: path.join(here, 'tsconfig.json')}}}],
  },
  externals: {
    react: 'React',
    'react-dom': 'ReactDOM',
    redux: 'Redux',
    'react-redux': 'ReactRedux',
    'prop-types': 'PropTypes',
  },
  devtool: false,
  performance: {hints: false},
};
