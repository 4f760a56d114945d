import { createRoot } from 'react-dom/client';

/** The benchmark's floor: an empty React 19 app, built and loaded exactly like the console. */
createRoot(document.getElementById('root')!).render(<h1>Ready</h1>);
