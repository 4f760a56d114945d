import { useState } from 'react';
import { createRoot } from 'react-dom/client';

/** The least a React text field does: the benchmark's reference for keystroke-to-paint latency. */
function Probe() {
  const [value, setValue] = useState('');
  return <input aria-label="Floor probe" value={value} onChange={(event) => setValue(event.target.value)} />;
}

/** The benchmark's floor: an empty React 19 app, built and loaded exactly like the console. */
createRoot(document.getElementById('root')!).render(
  <>
    <h1>Ready</h1>
    <Probe />
  </>,
);
