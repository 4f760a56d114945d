/**
 * The console itself registers no service worker: against a real controller, one left registered on
 * this origin by an earlier demo must not answer requests, so unregister whatever is there.
 */
export function forgetDemoWorker(): void {
  if (typeof navigator === 'undefined' || !('serviceWorker' in navigator)) return;
  void navigator.serviceWorker.getRegistrations().then((registrations) => {
    for (const registration of registrations) void registration.unregister();
  });
}
