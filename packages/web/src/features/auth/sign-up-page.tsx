import { Alert, Button, PasswordInput, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconAlertCircle } from '@tabler/icons-react';
import { PASSWORD_MIN_LENGTH } from '@tandem/api';
import { useRouter } from '@tanstack/react-router';
import { AnchorLink } from '../../components/router-links';
import { describeError, formErrorsFrom } from '../../lib/problem';
import { safeRedirectTarget } from '../../lib/safe-redirect';
import { usePageTitle } from '../../lib/use-page-title';
import { AuthLayout } from './auth-layout';
import { useSignUp } from './session.queries';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function SignUpPage({ redirect }: { readonly redirect?: string }) {
  usePageTitle('Create your account');
  const router = useRouter();
  const signUp = useSignUp();
  const form = useForm({
    mode: 'uncontrolled',
    initialValues: { name: '', email: '', password: '' },
    validate: {
      name: (value) => (value.trim() ? null : 'Enter your name'),
      email: (value) => (EMAIL.test(value.trim()) ? null : 'Enter a valid email address'),
      password: (value) =>
        value.length >= PASSWORD_MIN_LENGTH ? null : `Use at least ${PASSWORD_MIN_LENGTH} characters`,
    },
  });

  const submit = form.onSubmit((values) => {
    signUp.mutate(
      { name: values.name.trim(), email: values.email.trim(), password: values.password },
      {
        onSuccess: () => router.history.push(safeRedirectTarget(redirect)),
        onError: (error) => form.setErrors(formErrorsFrom(error)),
      },
    );
  });

  return (
    <AuthLayout
      title="Create your account"
      footer={
        <>
          Already have an account?{' '}
          <AnchorLink to="/sign-in" search={redirect ? { redirect } : {}} size="sm">
            Sign in
          </AnchorLink>
        </>
      }
    >
      <form onSubmit={submit} noValidate aria-label="Sign up">
        <Stack gap="md">
          {signUp.error && (
            <Alert color="red" variant="light" icon={<IconAlertCircle size={18} />} role="alert">
              {describeError(signUp.error)}
            </Alert>
          )}
          <TextInput
            label="Name"
            autoComplete="name"
            placeholder="Ada Lovelace"
            autoFocus
            key={form.key('name')}
            {...form.getInputProps('name')}
          />
          <TextInput
            label="Work email"
            type="email"
            autoComplete="email"
            placeholder="you@company.com"
            key={form.key('email')}
            {...form.getInputProps('email')}
          />
          <PasswordInput
            label="Password"
            description={`At least ${PASSWORD_MIN_LENGTH} characters`}
            autoComplete="new-password"
            key={form.key('password')}
            {...form.getInputProps('password')}
          />
          <Button type="submit" fullWidth mt="xs" loading={signUp.isPending}>
            Create account
          </Button>
        </Stack>
      </form>
    </AuthLayout>
  );
}
