// What the preview serves for sw-register.js: the preview registers no offline worker, since
// an editor must see each page as the preview renders it and never one a worker stored; and it
// removes one that `bash scripts/run.sh` may have left at this address.
try {
  navigator.serviceWorker?.getRegistrations().then(
    (registrations) => {
      for (const registration of registrations) registration.unregister();
    },
    () => {},
  );
} catch {
  // No workers here (an opaque origin, storage blocked): nothing to remove.
}
