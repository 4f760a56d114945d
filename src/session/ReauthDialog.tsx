import { useState, type FormEvent } from 'react';
import {
  ActionGroup,
  Alert,
  Button,
  Content,
  Form,
  FormGroup,
  Modal,
  ModalBody,
  ModalHeader,
  TextInput,
} from '@patternfly/react-core';
import { signInErrorMessage } from './sign-in-errors';

interface ReauthDialogProps {
  username: string;
  onSignIn(password: string): Promise<void>;
  onCancel(): void;
}

/**
 * Shown over the current page when the controller says the session expired. Signing in again lets the
 * interrupted request run again, so nothing on the page is lost.
 */
export default function ReauthDialog({ username, onSignIn, onCancel }: ReauthDialogProps) {
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!password) {
      setError('Enter your password.');
      return;
    }
    setBusy(true);
    setError(undefined);
    try {
      await onSignIn(password);
    } catch (cause) {
      setError(signInErrorMessage(cause));
      setBusy(false);
    }
  };

  return (
    <Modal
      isOpen
      variant="small"
      aria-labelledby="reauth-title"
      aria-describedby="reauth-description"
      onEscapePress={onCancel}
    >
      <ModalHeader title="Session expired" labelId="reauth-title" />
      <ModalBody>
        <Content component="p" id="reauth-description">
          Your session with the controller has expired. Sign in again to continue where you left off; nothing you entered is
          lost.
        </Content>
        <Form onSubmit={submit} id="reauth-form">
          {error && <Alert variant="danger" isInline isPlain title={error} aria-live="polite" />}
          <FormGroup label="Username" fieldId="reauth-username">
            <TextInput id="reauth-username" value={username} readOnlyVariant="default" autoComplete="username" />
          </FormGroup>
          <FormGroup label="Password" isRequired fieldId="reauth-password">
            <TextInput
              id="reauth-password"
              type="password"
              value={password}
              onChange={(_e, value) => setPassword(value)}
              autoComplete="current-password"
              autoFocus
              isRequired
            />
          </FormGroup>
          <ActionGroup>
            <Button type="submit" variant="primary" isLoading={busy} isDisabled={busy}>
              Sign in
            </Button>
            <Button variant="link" onClick={onCancel}>
              Cancel
            </Button>
          </ActionGroup>
        </Form>
      </ModalBody>
    </Modal>
  );
}
