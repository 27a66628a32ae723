import { Alert, Button, Group, Modal, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import type { LifecycleStage, Product } from '@tandem/api';
import { useEffect } from 'react';
import { todayIso } from '../../lib/format';
import { describeError } from '../../lib/problem';
import { LIFECYCLE_STAGES } from './lifecycle';
import { fieldErrorsOf } from './server-errors';
import { useCreateProduct } from './strategy.queries';

interface NewProductValues {
  readonly name: string;
  readonly lifecycleStage: LifecycleStage;
  readonly stageChangedOn: string;
  readonly vision: string;
}

interface NewProductModalProps {
  readonly workspaceId: string;
  readonly opened: boolean;
  readonly onClose: () => void;
  readonly onCreated: (product: Product) => void;
}

/** Adds a product in the stage it is in now, dated (today unless it entered the stage earlier). */
export function NewProductModal({ workspaceId, opened, onClose, onCreated }: NewProductModalProps) {
  const create = useCreateProduct(workspaceId);
  const form = useForm<NewProductValues>({
    initialValues: { name: '', lifecycleStage: 'discovery', stageChangedOn: todayIso(), vision: '' },
    validate: {
      name: (value) => (value.trim() === '' ? 'Name the product' : null),
      stageChangedOn: (value) =>
        !/^\d{4}-\d{2}-\d{2}$/.test(value)
          ? 'Enter the date it entered the stage'
          : value > todayIso()
            ? 'Cannot be in the future'
            : null,
    },
  });

  // biome-ignore lint/correctness/useExhaustiveDependencies: a fresh form each time the dialog opens
  useEffect(() => {
    if (!opened) return;
    form.setValues({ name: '', lifecycleStage: 'discovery', stageChangedOn: todayIso(), vision: '' });
    form.clearErrors();
    create.reset();
  }, [opened]);

  const serverErrors = fieldErrorsOf(create.error);
  const submit = form.onSubmit((values) =>
    create.mutate(
      { ...values, name: values.name.trim() },
      {
        onSuccess: (product) => {
          onCreated(product);
          onClose();
        },
        onError: (error) => form.setErrors(fieldErrorsOf(error)),
      },
    ),
  );

  return (
    <Modal opened={opened} onClose={onClose} title="New product">
      <form onSubmit={submit} noValidate aria-label="New product">
        <Stack gap="sm">
          <TextInput label="Product name" required data-autofocus {...form.getInputProps('name')} />
          <SimpleGrid cols={2}>
            <Select
              label="Lifecycle stage"
              data={LIFECYCLE_STAGES.map(({ value, label }) => ({ value, label }))}
              allowDeselect={false}
              {...form.getInputProps('lifecycleStage')}
            />
            <TextInput label="In this stage since" type="date" {...form.getInputProps('stageChangedOn')} />
          </SimpleGrid>
          <Textarea
            label="Vision"
            description="Optional: one or two sentences on where the product is going"
            autosize
            minRows={2}
            {...form.getInputProps('vision')}
          />
          {create.error && Object.keys(serverErrors).length === 0 && (
            <Alert color="red" role="alert" title="The product was not created">
              {describeError(create.error)}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={create.isPending}>
              Create product
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
