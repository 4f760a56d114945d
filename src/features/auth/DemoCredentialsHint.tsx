import { useEffect, useState } from 'react';
import { Alert } from '@patternfly/react-core';

interface DemoCredentials {
  admin: { username: string; password: string };
  readOnly: { username: string; password: string };
}

/** Demo mode only: the mock controller's accounts, so a trainer can sign in without documentation. */
export function DemoCredentialsHint() {
  const [credentials, setCredentials] = useState<DemoCredentials>();
  useEffect(() => {
    if (!__DEMO_MODE__) return;
    let active = true;
    void import('@/demo/demo-credentials').then((module) => {
      if (active) setCredentials(module.demoCredentials);
    });
    return () => {
      active = false;
    };
  }, []);
  if (!credentials) return null;
  return (
    <Alert variant="info" isInline isPlain title="Demo controller">
      Sign in as <strong>{credentials.admin.username}</strong> / <code>{credentials.admin.password}</code> (full access) or{' '}
      <strong>{credentials.readOnly.username}</strong> / <code>{credentials.readOnly.password}</code> (read-only).
    </Alert>
  );
}
