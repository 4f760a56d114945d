/// <reference types="vite/client" />

/** True in the demo build (`npm start`, `npm run build:demo`): the mock controller runs in the browser. */
declare const __DEMO_MODE__: boolean;

/** PatternFly's ES-module class maps (`*.mjs`) carry the same types as their CommonJS twins. */
declare module '@patternfly/react-styles/css/components/Nav/nav.mjs' {
  export { default } from '@patternfly/react-styles/css/components/Nav/nav';
}
