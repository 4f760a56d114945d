import { setupWorker } from 'msw/browser';

const worker = setupWorker();

export async function startBrowserController(): Promise<void> {
  await worker.start({ onUnhandledRequest: 'bypass', quiet: true });
}

export async function resetBrowserController(): Promise<void> {}
