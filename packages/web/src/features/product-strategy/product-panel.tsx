import { Button, Group, Modal, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconTrash } from '@tabler/icons-react';
import type { Member, Product } from '@tandem/api';
import { useState } from 'react';
import { formatDate } from '../../lib/format';
import { describeError } from '../../lib/problem';
import { LifecyclePanel } from './lifecycle-panel';
import { ProductEditor } from './product-editor';
import { useDeleteProduct } from './strategy.queries';

interface ProductPanelProps {
  readonly workspaceId: string;
  readonly product: Product;
  readonly members: readonly Member[];
  readonly onDeleted: () => void;
}

/** One product: its lifecycle with the dated history, and its vision, strategy, customers and personas. */
export function ProductPanel({ workspaceId, product, members, onDeleted }: ProductPanelProps) {
  const remove = useDeleteProduct(workspaceId);
  const [confirming, setConfirming] = useState(false);
  return (
    <Stack gap="md" data-testid="product-panel">
      <Group justify="space-between" align="flex-end">
        <Stack gap={2}>
          <Title order={2}>{product.name}</Title>
          <Text size="sm" c="dimmed">
            Created {formatDate(product.createdAt)} · updated {formatDate(product.updatedAt)}
          </Text>
        </Stack>
        <Button
          variant="subtle"
          color="red"
          leftSection={<IconTrash size={16} />}
          onClick={() => setConfirming(true)}
        >
          Delete product
        </Button>
      </Group>
      <LifecyclePanel workspaceId={workspaceId} product={product} members={members} />
      <ProductEditor key={product.id} workspaceId={workspaceId} product={product} />
      <Modal opened={confirming} onClose={() => setConfirming(false)} title={`Delete “${product.name}”?`}>
        <Stack>
          <Text size="sm">
            Its vision, personas and stage history are removed. Its stakeholders stay in the register,
            unattached.
          </Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setConfirming(false)}>
              Cancel
            </Button>
            <Button
              color="red"
              loading={remove.isPending}
              onClick={() =>
                remove.mutate(
                  { productId: product.id, version: product.version },
                  {
                    onSuccess: () => {
                      setConfirming(false);
                      onDeleted();
                    },
                    onError: (error) =>
                      notifications.show({
                        color: 'red',
                        title: `${product.name} was not deleted`,
                        message: describeError(error),
                      }),
                  },
                )
              }
            >
              Delete
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}
