import { Alert, Button, Group, Paper, Stack, Textarea, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import type { Product } from '@tandem/api';
import { useEffect, useState } from 'react';
import { describeError } from '../../lib/problem';
import { conflictFromError } from '../conflicts/conflict-state';
import { PersonasEditor } from './personas-editor';
import {
  changedFields,
  overlappingEdits,
  PRODUCT_FIELD_LABEL,
  type ProductFormValues,
  productChanges,
  productToForm,
  validateProductForm,
} from './product-form';
import { fieldErrorsOf } from './server-errors';
import { useUpdateProduct } from './strategy.queries';

interface Base {
  readonly values: ProductFormValues;
  readonly version: number;
}

/**
 * Edits vision, strategy, target customers and personas. Saves send only the fields changed since
 * the product was loaded, with that version. When someone else saves meanwhile (seen live or as a
 * 409), the user's edits stay in the form and the overlapping fields are named before anything is
 * overwritten.
 */
export function ProductEditor({
  workspaceId,
  product,
}: {
  readonly workspaceId: string;
  readonly product: Product;
}) {
  const update = useUpdateProduct(workspaceId);
  const [base, setBase] = useState<Base>(() => ({
    values: productToForm(product),
    version: product.version,
  }));
  const form = useForm<ProductFormValues>({ initialValues: base.values });
  const edited = changedFields(base.values, form.values).length > 0;
  const theirs = productToForm(product);
  const stale = product.version !== base.version;

  const restart = (from: Product) => {
    const values = productToForm(from);
    setBase({ values, version: from.version });
    form.setValues(values);
    form.resetDirty(values);
    form.clearErrors();
  };

  // A newer version replaces an unedited form. One that changed nothing shown here (a stage
  // change) only moves the version the edit is based on.
  // biome-ignore lint/correctness/useExhaustiveDependencies: follows the product's version only
  useEffect(() => {
    if (!stale) return;
    if (!edited) restart(product);
    else if (changedFields(base.values, theirs).length === 0)
      setBase((current) => ({ ...current, version: product.version }));
  }, [product.version]);

  /** Sends what changed from `from` to `values`, based on `from`'s version. */
  const save = (from: Base, values: ProductFormValues) => {
    const errors = validateProductForm(values);
    if (Object.keys(errors).length > 0) {
      form.setErrors(errors);
      return;
    }
    update.mutate(
      { productId: product.id, body: { ...productChanges(from.values, values), version: from.version } },
      {
        onSuccess: (saved) => {
          restart(saved);
          notifications.show({ color: 'teal', title: 'Product saved', message: saved.name });
        },
        onError: (error) => {
          // a 409 puts their version in the cache: the banner below takes over
          if (conflictFromError(error)?.current) return;
          const fields = fieldErrorsOf(error);
          if (Object.keys(fields).length > 0) {
            form.setErrors(fields);
            return;
          }
          notifications.show({
            color: 'red',
            title: 'The product was not saved',
            message: describeError(error),
          });
        },
      },
    );
  };

  const overlap = stale && edited ? overlappingEdits(base.values, form.values, theirs) : [];

  return (
    <Paper withBorder radius="md" p="md" component="section" aria-label="Vision and strategy">
      <form
        aria-label={`Edit ${product.name}`}
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          save(base, form.values);
        }}
      >
        <Stack gap="sm">
          <Title order={3}>Vision and strategy</Title>
          {stale && edited && (
            <Alert
              color="yellow"
              role="alert"
              title="This product was saved elsewhere while you were editing"
            >
              <Stack gap="xs">
                {overlap.length > 0
                  ? `You both changed: ${overlap.map((f) => PRODUCT_FIELD_LABEL[f]).join(', ')}. Keeping yours replaces theirs in these fields; their other changes stay.`
                  : 'Your changes touch other fields than theirs: keeping yours keeps both.'}
                <Group gap="xs">
                  <Button
                    size="xs"
                    loading={update.isPending}
                    onClick={() => {
                      // their version becomes the base: only the fields the user changed are sent
                      const onto: Base = { values: theirs, version: product.version };
                      const merged = { ...theirs };
                      for (const field of changedFields(base.values, form.values))
                        Object.assign(merged, { [field]: form.values[field] });
                      setBase(onto);
                      form.setValues(merged);
                      save(onto, merged);
                    }}
                  >
                    Keep mine and save
                  </Button>
                  <Button size="xs" variant="default" onClick={() => restart(product)}>
                    Take theirs
                  </Button>
                </Group>
              </Stack>
            </Alert>
          )}
          <TextInput label="Name" required {...form.getInputProps('name')} />
          <Textarea
            label="Vision"
            description="Where the product is going and why it matters"
            autosize
            minRows={2}
            {...form.getInputProps('vision')}
          />
          <Textarea
            label="Strategy"
            description="How it will get there: bets, focus, what it will not do"
            autosize
            minRows={3}
            {...form.getInputProps('strategy')}
          />
          <Textarea
            label="Target customers"
            description="Segments, company sizes, markets"
            autosize
            minRows={2}
            {...form.getInputProps('targetCustomers')}
          />
          <PersonasEditor form={form} />
          <Group justify="flex-end">
            <Button variant="default" disabled={!edited} onClick={() => restart(product)}>
              Discard changes
            </Button>
            <Button type="submit" disabled={!edited || (stale && edited)} loading={update.isPending}>
              Save changes
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
