// Stand-in for react/jsx-runtime in the browser bundle (webpack aliases it here). The real one
// reaches into React's private internals of the exact React version it shipped with; this one
// only calls React.createElement on the webapp's React global, so the bundle keeps working
// whichever React 18+ the Mattermost webapp provides.
import {createElement, Fragment, type ElementType, type ReactElement} from 'react';

type Props = Record<string, unknown> & {children?: unknown};

function build(type: ElementType, props: Props, key: unknown, spreadChildren: boolean): ReactElement {
  const {children, ...rest} = props;
  const config = key === undefined ? rest : {...rest, key};
  if (children === undefined) return createElement(type, config);
  if (spreadChildren && Array.isArray(children)) return createElement(type, config, ...(children as never[]));
  return createElement(type, config, children as never);
}

export function jsx(type: ElementType, props: Props, key?: unknown): ReactElement {
  return build(type, props, key, false);
}

export function jsxs(type: ElementType, props: Props, key?: unknown): ReactElement {
  return build(type, props, key, true);
}

export {Fragment};
