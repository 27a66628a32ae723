import { Alert, Button, PasswordInput, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconAlertCircle } from '@tabler/icons-react';
import { useRouter } from '@tanstack/react-router';
import { useState } from 'react';
import { AnchorLink } from '../../components/router-links';
import { describeError, formErrorsFrom, retryAfterSeconds } from '../../lib/problem';
import { safeRedirectTarget } from '../../lib/safe-redirect';
import { usePageTitle } from '../../lib/use-page-title';
import { AuthLayout } from './auth-layout';
import { useSignIn } from './session.queries';
import { useCountdown } from './use-countdown';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function SignInPage({ redirect }: { readonly redirect?: string }) {
  usePageTitle('Sign in');
  const router = useRouter();
  const signIn = useSignIn();
  const [lockedUntil, setLockedUntil] = useState<number | null>(null);
  const secondsLeft = useCountdown(lockedUntil);
  const form = useForm({
    mode: 'uncontrolled',
    initialValues: { email: '', password: '' },
    validate: {
      email: (value) => (EMAIL.test(value.trim()) ? null : 'Enter the email address you signed up with'),
      password: (value) => (value ? null : 'Enter your password'),
    },
  });

  const submit = form.onSubmit((values) => {
    signIn.mutate(
      { email: values.email.trim(), password: values.password },
      {
        onSuccess: () => router.history.push(safeRedirectTarget(redirect)),
        onError: (error) => {
          const wait = retryAfterSeconds(error);
          setLockedUntil(wait === null ? null : Date.now() + wait * 1000);
          form.setErrors(formErrorsFrom(error));
        },
      },
    );
  });

  const error = signIn.error;
  const message =
    error && retryAfterSeconds(error) !== null && secondsLeft > 0
      ? `Too many attempts, try again in ${secondsLeft} s.`
      : error
        ? describeError(error)
        : null;

  return (
    <AuthLayout
      title="Sign in to Tandem"
      footer={
        <>
          New to Tandem?{' '}
          <AnchorLink to="/sign-up" search={redirect ? { redirect } : {}} size="sm">
            Create an account
          </AnchorLink>
        </>
      }
    >
      <form onSubmit={submit} noValidate aria-label="Sign in">
        <Stack gap="md">
          {message && (
            <Alert color="red" variant="light" icon={<IconAlertCircle size={18} />} role="alert">
              {message}
            </Alert>
          )}
          <TextInput
            label="Email"
            type="email"
            autoComplete="username"
            placeholder="you@company.com"
            autoFocus
            key={form.key('email')}
            {...form.getInputProps('email')}
          />
          <PasswordInput
            label="Password"
            autoComplete="current-password"
            key={form.key('password')}
            {...form.getInputProps('password')}
          />
          <Button type="submit" fullWidth mt="xs" loading={signIn.isPending} disabled={secondsLeft > 0}>
            Sign in
          </Button>
        </Stack>
      </form>
    </AuthLayout>
  );
}
