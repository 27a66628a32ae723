import { type LifecycleStage, type Product, personaSchema } from '@tandem/api';
import type { ProductRow, StageRow } from './products.repository';

/** The stored personas; a damaged value reads as none rather than failing the product. */
function parsePersonas(json: string): Product['personas'] {
  try {
    const parsed = personaSchema.array().safeParse(JSON.parse(json));
    return parsed.success ? parsed.data : [];
  } catch {
    return [];
  }
}

export function presentProduct(row: ProductRow, history: readonly StageRow[]): Product {
  return {
    id: row.id,
    workspaceId: row.workspace_id,
    name: row.name,
    vision: row.vision,
    strategy: row.strategy,
    targetCustomers: row.target_customers,
    personas: parsePersonas(row.personas),
    lifecycleStage: row.lifecycle_stage as LifecycleStage,
    stageHistory: history.map((h) => ({
      stage: h.stage as LifecycleStage,
      date: h.date,
      changedBy: h.changed_by,
    })),
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
