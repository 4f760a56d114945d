import { memo, useEffect, type ReactNode } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import { Form, FormSection } from '@patternfly/react-core';
import { usePainted, whenTypingPauses } from '@/components/scheduling';
import { networkProfileTypeLabels } from '@/domain/model';
import { ApplicationProfileField } from '../fields/ApplicationProfileField';
import { CheckboxField, SelectField, TextField } from '../fields/form-fields';
import { PoolField } from '../fields/PoolField';
import { ServicesField } from '../fields/ServicesField';
import { useRefOptions } from '../fields/use-ref-options';
import { VipField } from '../fields/VipField';
import type { WizardValues } from '../model/wizard-schema';
import { useWizardUi } from '../wizard-context';
import { StepHeading } from './StepHeading';

/**
 * Keeps a new pool's name `<vs-name>-pool` while the admin has not typed one of their own. Subscribed to
 * outside React's rendering, so typing the name re-renders the name field only; the pool name catches up when
 * the typing pauses, or at once when the name field loses the focus (before a click on Next is handled) or the
 * page goes (before the draft is stored). Per keystroke, its change was a second frame, and the next keystroke
 * then waited for the display's next refresh.
 */
function usePoolNameFollowsVsName() {
  const { subscribe, getValues, setValue } = useFormContext<WizardValues>();
  useEffect(() => {
    let followed = getValues('settings.name');
    let cancelPending: (() => void) | undefined;
    const follow = () => {
      cancelPending = undefined;
      const name = getValues('settings.name');
      const previous = `${followed.trim()}-pool`;
      followed = name;
      const pool = getValues('settings.pool');
      if (pool.mode !== 'new') return;
      if (pool.name === '' || pool.name === previous) setValue('settings.pool.name', name.trim() ? `${name.trim()}-pool` : '');
    };
    const unsubscribe = subscribe({
      name: 'settings.name',
      formState: { values: true },
      callback: ({ values }) => {
        if (values.settings.name === followed || cancelPending) return;
        cancelPending = whenTypingPauses(follow);
      },
    });
    const followNow = () => {
      if (!cancelPending) return;
      cancelPending();
      follow();
    };
    const followOnLeavingName = (event: FocusEvent) => {
      if ((event.target as HTMLInputElement | null)?.name === 'settings.name') followNow();
    };
    document.addEventListener('focusout', followOnLeavingName, true);
    // Before the wizard stores its draft as the page goes (its listener is added after this one).
    window.addEventListener('pagehide', followNow);
    return () => {
      unsubscribe();
      document.removeEventListener('focusout', followOnLeavingName, true);
      window.removeEventListener('pagehide', followNow);
      cancelPending?.();
    };
  }, [subscribe, getValues, setValue]);
}

/**
 * The sections below the fold, in one render right after the ones above have painted. A render React may
 * interrupt was started over by each of the wizard's answers arriving after the first paint, and landed about
 * a second after the first field, when an admin is typing.
 */
function BelowTheFold({ children }: { children: ReactNode }) {
  return usePainted() ? children : null;
}

/**
 * Ports: the services, and for SSL the profile and certificate. Its choices are asked for when the section
 * first renders, below the fold, after the step's first paint.
 */
function PortsSection() {
  const { control, getValues, setValue } = useFormContext<WizardValues>();
  const services = useWatch({ control, name: 'settings.services' });
  const usesSsl = services.some((s) => s.ssl);
  const sslProfiles = useRefOptions('sslprofile');
  const certificates = useRefOptions('sslkeyandcertificate', (c) => c.type !== 'SSL_CERTIFICATE_TYPE_CA');

  const defaultSsl = () => {
    if (!getValues('settings.sslProfileRef')) {
      const standard = sslProfiles.options.find((o) => o.label === 'System-Standard') ?? sslProfiles.options[0];
      if (standard) setValue('settings.sslProfileRef', standard.value);
    }
    if (!getValues('settings.sslCertificateRef')) {
      const cert = certificates.options.find((o) => o.label === 'System-Default-Cert') ?? certificates.options[0];
      if (cert) setValue('settings.sslCertificateRef', cert.value);
    }
  };

  return (
    <FormSection title="Ports" titleElement="h3">
      <ServicesField onSslTurnedOn={defaultSsl} />
      {usesSsl && (
        <div className="vs-wizard-inline-fields">
          <SelectField name="settings.sslProfileRef" label="SSL Profile" options={sslProfiles.options} emptyLabel="Choose an SSL profile" isRequired isLoading={sslProfiles.isLoading} />
          <SelectField name="settings.sslCertificateRef" label="SSL Certificate" options={certificates.options} emptyLabel="Choose a certificate" isRequired isLoading={certificates.isLoading} />
        </div>
      )}
    </FormSection>
  );
}

/** Profiles: the application profile and the TCP/UDP profile, whose choices are asked for when it first renders. */
function ProfilesSection() {
  const ui = useWizardUi();
  const networkProfiles = useRefOptions('networkprofile', undefined, (p) => `${p.name} (${networkProfileTypeLabels[p.profile.type] ?? p.profile.type})`);
  return (
    <FormSection title="Profiles" titleElement="h3">
      <ApplicationProfileField />
      <SelectField
        name="settings.networkProfileRef"
        label="TCP/UDP Profile"
        options={networkProfiles.options}
        emptyLabel="Controller default (System-TCP-Proxy)"
        isLoading={networkProfiles.isLoading}
        help={ui.profile?.type === 'APPLICATION_PROFILE_TYPE_HTTP' ? 'An HTTP application profile needs a TCP Proxy profile.' : undefined}
      />
    </FormSection>
  );
}

/** Memoised: the wizard's own re-renders (navigation, the profile editor) do not re-render the step. */
export const SettingsStep = memo(function SettingsStep() {
  usePoolNameFollowsVsName();
  return (
    <Form onSubmit={(event) => event.preventDefault()} className="vs-wizard-form">
      <StepHeading step="settings">Name the virtual service, where clients reach it, how traffic is handled and which servers receive it.</StepHeading>
      <FormSection title="Virtual service" titleElement="h3">
        <TextField name="settings.name" label="Virtual Service Name" isRequired help="Also names the VS VIP it creates, and the new pool unless you name it." />
        <CheckboxField name="settings.enabled" label="Enabled" help="A disabled virtual service is not placed on Service Engines and carries no traffic." />
        <TextField name="settings.description" label="Description" />
      </FormSection>
      <FormSection title="VIP" titleElement="h3">
        <VipField />
      </FormSection>
      <BelowTheFold>
        <PortsSection />
        <ProfilesSection />
        <FormSection title="Pool" titleElement="h3">
          <PoolField />
        </FormSection>
      </BelowTheFold>
    </Form>
  );
});
