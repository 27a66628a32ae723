import { Modal, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { type Stakeholder, stakeholderSchema } from '@tandem/api';
import { FormFooter } from './form-footer';
import { ScorePicker } from './score-picker';
import { useCreateStakeholder, useUpdateStakeholder } from './stakeholders.queries';
import { useVersionedForm } from './use-versioned-form';

const FIELDS = ['name', 'role', 'organisation', 'productId', 'power', 'interest', 'engagementPlan'];

// a type, not an interface: form values must be assignable to Record<string, unknown>
type StakeholderValues = {
  name: string;
  role: string;
  organisation: string;
  productId: string | null;
  power: number;
  interest: number;
  engagementPlan: string;
};

const NEW: StakeholderValues = {
  name: '',
  role: '',
  organisation: '',
  productId: null,
  power: 3,
  interest: 3,
  engagementPlan: '',
};

const LABELS: Readonly<Record<keyof StakeholderValues, string>> = {
  name: 'name',
  role: 'role',
  organisation: 'organisation',
  productId: 'product',
  power: 'power',
  interest: 'interest',
  engagementPlan: 'engagement plan',
};

/** What is sent for the values: the name trimmed. */
function bodyOf(values: StakeholderValues): StakeholderValues {
  return { ...values, name: values.name.trim() };
}

function valuesOf(stakeholder: Stakeholder | null): StakeholderValues {
  if (!stakeholder) return NEW;
  const { name, role, organisation, productId, power, interest, engagementPlan } = stakeholder;
  return { name, role, organisation, productId, power, interest, engagementPlan };
}

interface StakeholderFormModalProps {
  readonly workspaceId: string;
  readonly opened: boolean;
  /** The stakeholder edited, or null to add one. */
  readonly stakeholder: Stakeholder | null;
  readonly products: readonly { value: string; label: string }[];
  readonly onClose: () => void;
}

/** Adds or edits a stakeholder: who they are, their power and interest, and how to engage them. */
export function StakeholderFormModal({
  workspaceId,
  opened,
  stakeholder,
  products,
  onClose,
}: StakeholderFormModalProps) {
  const create = useCreateStakeholder(workspaceId);
  const update = useUpdateStakeholder(workspaceId);
  const close = () => {
    create.reset();
    update.reset();
    onClose();
  };
  const { form, problem, submit } = useVersionedForm({
    opened,
    entity: stakeholder,
    valuesOf,
    bodyOf,
    schema: stakeholderSchema,
    labels: LABELS,
    fields: FIELDS,
    validate: {
      name: (value) => (value.trim() ? null : 'Give the stakeholder a name'),
    },
    create: (body, callbacks) => create.mutate(body, callbacks),
    update: (stakeholderId, body, callbacks) => update.mutate({ stakeholderId, body }, callbacks),
    onCreated: (created) => {
      notifications.show({ color: 'teal', title: 'Stakeholder added', message: created.name });
    },
    onClose: close,
  });

  return (
    <Modal
      opened={opened}
      onClose={close}
      title={stakeholder ? `Edit ${stakeholder.name}` : 'Add stakeholder'}
      size="lg"
    >
      <form onSubmit={submit} noValidate aria-label={stakeholder ? 'Edit stakeholder' : 'Add stakeholder'}>
        <Stack gap="md">
          <TextInput label="Name" required data-autofocus {...form.getInputProps('name')} />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput label="Role" placeholder="e.g. Head of Sales" {...form.getInputProps('role')} />
            <TextInput
              label="Organisation"
              placeholder="e.g. Acme Corp, Finance team"
              {...form.getInputProps('organisation')}
            />
          </SimpleGrid>
          <Select
            label="Product"
            placeholder="Whole workspace"
            description="The product they care about, if one"
            data={products}
            clearable
            searchable
            {...form.getInputProps('productId')}
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <ScorePicker
              label="Power"
              description="How much they can change the outcome."
              value={form.values.power}
              onChange={(score) => form.setFieldValue('power', score)}
              error={form.errors.power as string | undefined}
            />
            <ScorePicker
              label="Interest"
              description="How much the outcome affects them."
              value={form.values.interest}
              onChange={(score) => form.setFieldValue('interest', score)}
              error={form.errors.interest as string | undefined}
            />
          </SimpleGrid>
          <Textarea
            label="Engagement plan"
            description="How, how often and about what to engage them"
            placeholder="e.g. Monthly steering review; preview pricing changes a quarter ahead"
            autosize
            minRows={3}
            {...form.getInputProps('engagementPlan')}
          />
          <FormFooter
            problem={problem}
            notDone={stakeholder ? 'Not saved' : 'Not added'}
            submitLabel={stakeholder ? 'Save stakeholder' : 'Add stakeholder'}
            saving={create.isPending || update.isPending}
            onCancel={close}
          />
        </Stack>
      </form>
    </Modal>
  );
}
