import { Button, Grid, Skeleton, Stack } from '@mantine/core';
import { IconBox, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { PageHeader } from '../../components/page/page-header';
import { EmptyState } from '../../components/states/empty-state';
import { ErrorState } from '../../components/states/error-state';
import { useMembers } from '../workspaces/workspaces.queries';
import { NewProductModal } from './new-product-modal';
import { ProductList } from './product-list';
import { ProductPanel } from './product-panel';
import { useProducts } from './strategy.queries';
import { useLiveStrategy } from './strategy-live';

interface ProductsPageProps {
  readonly workspaceId: string;
  /** The product shown (from the address); the first one when absent or unknown. */
  readonly productId: string | undefined;
  readonly onSelect: (productId: string | undefined) => void;
}

/** Products: the list, and the chosen product's lifecycle, vision, strategy, customers and personas. */
export function ProductsPage({ workspaceId, productId, onSelect }: ProductsPageProps) {
  const products = useProducts(workspaceId);
  const members = useMembers(workspaceId);
  useLiveStrategy(workspaceId);
  const [creating, setCreating] = useState(false);
  const list = products.data ?? [];
  const selected = list.find((p) => p.id === productId) ?? list[0] ?? null;
  const newButton = (
    <Button leftSection={<IconPlus size={16} />} onClick={() => setCreating(true)}>
      New product
    </Button>
  );

  return (
    <Stack gap="lg">
      <PageHeader
        title="Products"
        meta="Vision, strategy, who each product is for, and where it is in its life"
        actions={list.length > 0 ? newButton : undefined}
      />
      {products.isPending && <Skeleton h={240} />}
      {products.error && (
        <ErrorState
          title="The products could not be loaded"
          error={products.error}
          onRetry={() => void products.refetch()}
        />
      )}
      {products.data && list.length === 0 && (
        <EmptyState
          icon={<IconBox size={22} />}
          title="No products yet"
          description="Add a product to write down its vision and strategy and follow it from discovery to decline."
          action={newButton}
        />
      )}
      {selected && (
        <Grid gap="lg">
          <Grid.Col span={{ base: 12, md: 3 }}>
            <ProductList products={list} selectedId={selected.id} onSelect={onSelect} />
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 9 }}>
            <ProductPanel
              workspaceId={workspaceId}
              product={selected}
              members={members.data ?? []}
              onDeleted={() => onSelect(undefined)}
            />
          </Grid.Col>
        </Grid>
      )}
      <NewProductModal
        workspaceId={workspaceId}
        opened={creating}
        onClose={() => setCreating(false)}
        onCreated={(product) => onSelect(product.id)}
      />
    </Stack>
  );
}
