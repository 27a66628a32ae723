import { Badge, NavLink, Paper, Stack, Text } from '@mantine/core';
import type { Product } from '@tandem/api';
import { STAGE_COLOR, stageLabel } from './lifecycle';

interface ProductListProps {
  readonly products: readonly Product[];
  readonly selectedId: string | null;
  readonly onSelect: (productId: string) => void;
}

/** The workspace's products with their stage; the selected one is shown beside the list. */
export function ProductList({ products, selectedId, onSelect }: ProductListProps) {
  return (
    <Paper withBorder radius="md" p={4} component="nav" aria-label="Products">
      <Stack gap={2}>
        {products.map((product) => (
          <NavLink
            key={product.id}
            component="button"
            type="button"
            active={product.id === selectedId}
            aria-current={product.id === selectedId ? 'page' : undefined}
            onClick={() => onSelect(product.id)}
            label={<Text fw={500}>{product.name}</Text>}
            description={product.vision ? product.vision.slice(0, 80) : undefined}
            rightSection={
              <Badge size="sm" variant="light" color={STAGE_COLOR[product.lifecycleStage]}>
                {stageLabel(product.lifecycleStage)}
              </Badge>
            }
            data-testid="product-list-item"
          />
        ))}
      </Stack>
    </Paper>
  );
}
