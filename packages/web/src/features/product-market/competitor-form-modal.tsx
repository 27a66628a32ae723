import { Modal, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { type Competitor, competitorSchema } from '@tandem/api';
import { FormFooter } from './form-footer';
import { useCreateCompetitor, useUpdateCompetitor } from './market.queries';
import { linesToPoints, pointsToLines } from './point-lines';
import { useVersionedForm } from './use-versioned-form';

const FIELDS = ['name', 'website', 'profile', 'strengths', 'weaknesses', 'pricing'];

// a type, not an interface: form values must be assignable to Record<string, unknown>
type CompetitorValues = {
  name: string;
  website: string;
  profile: string;
  strengths: string;
  weaknesses: string;
  pricing: string;
};

const LABELS: Readonly<Record<keyof CompetitorValues, string>> = {
  name: 'name',
  website: 'website',
  profile: 'profile',
  strengths: 'strengths',
  weaknesses: 'weaknesses',
  pricing: 'pricing',
};

/** What is sent for the values: lists one point a line, names and addresses trimmed. */
function bodyOf(values: CompetitorValues) {
  return {
    name: values.name.trim(),
    website: values.website.trim(),
    profile: values.profile,
    strengths: linesToPoints(values.strengths),
    weaknesses: linesToPoints(values.weaknesses),
    pricing: values.pricing,
  };
}

function valuesOf(competitor: Competitor | null): CompetitorValues {
  return {
    name: competitor?.name ?? '',
    website: competitor?.website ?? '',
    profile: competitor?.profile ?? '',
    strengths: pointsToLines(competitor?.strengths ?? []),
    weaknesses: pointsToLines(competitor?.weaknesses ?? []),
    pricing: competitor?.pricing ?? '',
  };
}

interface CompetitorFormModalProps {
  readonly workspaceId: string;
  readonly opened: boolean;
  /** The competitor edited, or null to add one. */
  readonly competitor: Competitor | null;
  readonly onClose: () => void;
}

/** Adds or edits a competitor's profile: who they are, strengths, weaknesses and pricing. */
export function CompetitorFormModal({ workspaceId, opened, competitor, onClose }: CompetitorFormModalProps) {
  const create = useCreateCompetitor(workspaceId);
  const update = useUpdateCompetitor(workspaceId);
  const close = () => {
    create.reset();
    update.reset();
    onClose();
  };
  const { form, problem, submit } = useVersionedForm({
    opened,
    entity: competitor,
    valuesOf,
    bodyOf,
    schema: competitorSchema,
    labels: LABELS,
    fields: FIELDS,
    validate: {
      name: (value) => (value.trim() ? null : 'Give the competitor a name'),
      website: (value) =>
        value.trim() === '' || /^https?:\/\/\S+$/.test(value.trim())
          ? null
          : 'Website must be an http(s) address, e.g. https://example.com',
    },
    create: (body, callbacks) => create.mutate(body, callbacks),
    update: (competitorId, body, callbacks) => update.mutate({ competitorId, body }, callbacks),
    onCreated: (created) => {
      notifications.show({ color: 'teal', title: 'Competitor added', message: created.name });
    },
    onClose: close,
  });

  return (
    <Modal
      opened={opened}
      onClose={close}
      title={competitor ? `Edit ${competitor.name}` : 'Add competitor'}
      size="xl"
    >
      <form onSubmit={submit} noValidate aria-label={competitor ? 'Edit competitor' : 'Add competitor'}>
        <Stack gap="md">
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput label="Name" required data-autofocus {...form.getInputProps('name')} />
            <TextInput label="Website" placeholder="https://…" {...form.getInputProps('website')} />
          </SimpleGrid>
          <Textarea
            label="Profile"
            description="Who they are, who they sell to, how they position themselves"
            autosize
            minRows={3}
            {...form.getInputProps('profile')}
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Textarea
              label="Strengths"
              description="One a line"
              autosize
              minRows={4}
              {...form.getInputProps('strengths')}
            />
            <Textarea
              label="Weaknesses"
              description="One a line"
              autosize
              minRows={4}
              {...form.getInputProps('weaknesses')}
            />
          </SimpleGrid>
          <Textarea
            label="Pricing"
            description="Plans, prices and how they charge (per seat, usage, …)"
            autosize
            minRows={2}
            {...form.getInputProps('pricing')}
          />
          <FormFooter
            problem={problem}
            notDone={competitor ? 'Not saved' : 'Not added'}
            submitLabel={competitor ? 'Save competitor' : 'Add competitor'}
            saving={create.isPending || update.isPending}
            onCancel={close}
          />
        </Stack>
      </form>
    </Modal>
  );
}
