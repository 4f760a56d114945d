/// <reference types="vite/client" />

/** True in the demo build (`npm start`, `npm run build:demo`): the mock controller runs in the browser. */
declare const __DEMO_MODE__: boolean;
