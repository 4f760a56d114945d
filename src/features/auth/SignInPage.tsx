import { useState, type FormEvent } from 'react';
import { Navigate, useNavigate, useSearchParams } from '@/components/routing';
import { ActionGroup, Alert, Bullseye, Button, Card, CardBody, CardFooter, CardHeader, Content, Form, FormGroup, TextInput, Title } from '@patternfly/react-core';
import { paths } from '@/app/paths';
import { useSession } from '@/session';
import { signInErrorMessage } from '@/session/sign-in-errors';
import { DemoCredentialsHint } from './DemoCredentialsHint';
import { safeReturnPath } from './safe-return-path';

export default function SignInPage() {
  const { status, signIn } = useSession();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const returnTo = safeReturnPath(params.get('from'), paths.signIn, paths.virtualServices);
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  if (status === 'signed-in' && !busy) return <Navigate to={returnTo} replace />;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!username.trim() || !password) {
      setError('Enter your username and password.');
      return;
    }
    setBusy(true);
    setError(undefined);
    try {
      await signIn(username.trim(), password);
      navigate(returnTo, { replace: true });
    } catch (cause) {
      setError(signInErrorMessage(cause));
      setBusy(false);
    }
  };

  return (
    <Bullseye className="console-sign-in">
      <main className="console-sign-in__main">
        <Card>
          <CardHeader>
            <Title headingLevel="h1">Load Balancer Console</Title>
            <Content component="p" className="console-page-description">
              Sign in with your Avi Vantage controller account.
            </Content>
          </CardHeader>
          <CardBody>
            <Form onSubmit={submit} noValidate>
              {error && <Alert variant="danger" isInline title={error} role="alert" />}
              <DemoCredentialsHint />
              <FormGroup label="Username" isRequired fieldId="sign-in-username">
                <TextInput
                  id="sign-in-username"
                  name="username"
                  value={username}
                  onChange={(_e, value) => setUsername(value)}
                  autoComplete="username"
                  autoFocus
                  isRequired
                />
              </FormGroup>
              <FormGroup label="Password" isRequired fieldId="sign-in-password">
                <TextInput
                  id="sign-in-password"
                  name="password"
                  type="password"
                  value={password}
                  onChange={(_e, value) => setPassword(value)}
                  autoComplete="current-password"
                  isRequired
                />
              </FormGroup>
              <ActionGroup>
                <Button type="submit" variant="primary" isBlock isLoading={busy} isDisabled={busy}>
                  Sign in
                </Button>
              </ActionGroup>
            </Form>
          </CardBody>
          <CardFooter>
            <Content component="small" className="console-secondary-text">
              Manage virtual services, application profiles and Service Engine groups, and keep the client IP where your servers need it.
            </Content>
          </CardFooter>
        </Card>
      </main>
    </Bullseye>
  );
}
