// wouter's `Switch` renders the first `Route` whose pattern matches; a `Route` without a path matches any.
export { Route, Switch as Routes } from 'wouter';
