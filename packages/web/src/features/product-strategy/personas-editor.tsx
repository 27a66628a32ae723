import { ActionIcon, Button, Group, Paper, Stack, Text, Textarea, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import type { ProductFormValues } from './product-form';

/** The product's personas: a name and what they need, added and removed in place. */
export function PersonasEditor({ form }: { readonly form: UseFormReturnType<ProductFormValues> }) {
  const personas = form.values.personas;
  return (
    <Stack gap="xs" role="group" aria-label="Personas">
      <Group justify="space-between">
        <Text fw={500} size="sm">
          Personas
        </Text>
        <Button
          size="xs"
          variant="light"
          leftSection={<IconPlus size={14} />}
          onClick={() => form.insertListItem('personas', { name: '', description: '' })}
        >
          Add persona
        </Button>
      </Group>
      {personas.length === 0 && (
        <Text size="sm" c="dimmed">
          No personas yet: add the people the product is built for.
        </Text>
      )}
      {personas.map((persona, index) => (
        // personas have no ids: their position is their identity while editing
        // biome-ignore lint/suspicious/noArrayIndexKey: see above
        <Paper key={index} withBorder radius="sm" p="sm" data-testid="persona">
          <Group align="flex-start" wrap="nowrap" gap="sm">
            <Stack gap="xs" style={{ flex: 1 }}>
              <TextInput
                label={`Persona ${index + 1} name`}
                placeholder="Priya, product manager"
                {...form.getInputProps(`personas.${index}.name`)}
              />
              <Textarea
                label={`Persona ${index + 1} needs`}
                placeholder="Goals, pains, how they work today"
                autosize
                minRows={2}
                {...form.getInputProps(`personas.${index}.description`)}
              />
            </Stack>
            <ActionIcon
              variant="subtle"
              color="red"
              mt={25}
              aria-label={`Remove persona ${persona.name.trim() || index + 1}`}
              onClick={() => form.removeListItem('personas', index)}
            >
              <IconTrash size={16} />
            </ActionIcon>
          </Group>
        </Paper>
      ))}
      {form.errors.personas && (
        <Text size="xs" c="red" role="alert">
          {form.errors.personas}
        </Text>
      )}
    </Stack>
  );
}
