import type { Product, UpdateProductRequest } from '@tandem/api';

export interface PersonaValues {
  readonly name: string;
  readonly description: string;
}

/** What the product editor edits; the lifecycle stage has its own control (it is dated). */
export interface ProductFormValues {
  readonly name: string;
  readonly vision: string;
  readonly strategy: string;
  readonly targetCustomers: string;
  readonly personas: readonly PersonaValues[];
}

export type ProductField = keyof ProductFormValues;

/** The fields of an update, without the version. */
export type ProductChanges = Omit<UpdateProductRequest, 'version' | 'lifecycleStage' | 'stageChangedOn'>;

export const PRODUCT_FIELD_LABEL: Readonly<Record<ProductField, string>> = {
  name: 'Name',
  vision: 'Vision',
  strategy: 'Strategy',
  targetCustomers: 'Target customers',
  personas: 'Personas',
};

// the server's limits (packages/api/src/contracts/products.ts), checked here to answer at once
const LIMITS = { name: 200, vision: 10_000, strategy: 20_000, targetCustomers: 10_000 } as const;
const PERSONA_NAME_MAX = 200;
const PERSONA_DESCRIPTION_MAX = 5_000;
const PERSONAS_MAX = 50;

export function productToForm(product: Product): ProductFormValues {
  return {
    name: product.name,
    vision: product.vision,
    strategy: product.strategy,
    targetCustomers: product.targetCustomers,
    personas: product.personas.map((p) => ({ name: p.name, description: p.description })),
  };
}

function samePersonas(a: readonly PersonaValues[], b: readonly PersonaValues[]): boolean {
  return (
    a.length === b.length && a.every((p, i) => p.name === b[i].name && p.description === b[i].description)
  );
}

function sameField(field: ProductField, a: ProductFormValues, b: ProductFormValues): boolean {
  return field === 'personas' ? samePersonas(a.personas, b.personas) : a[field] === b[field];
}

const FIELDS = Object.keys(PRODUCT_FIELD_LABEL) as ProductField[];

/** The fields of `draft` that differ from `base`, in form order. */
export function changedFields(base: ProductFormValues, draft: ProductFormValues): ProductField[] {
  return FIELDS.filter((field) => !sameField(field, base, draft));
}

/**
 * The update body for what the user changed since `base` (trimmed name and persona names), so a
 * save never overwrites a field the user did not touch with a stale value.
 */
export function productChanges(base: ProductFormValues, draft: ProductFormValues): ProductChanges {
  const changes: { -readonly [K in keyof ProductChanges]: ProductChanges[K] } = {};
  for (const field of changedFields(base, draft)) {
    if (field === 'personas')
      changes.personas = draft.personas.map((p) => ({ name: p.name.trim(), description: p.description }));
    else if (field === 'name') changes.name = draft.name.trim();
    else changes[field] = draft[field];
  }
  return changes;
}

/**
 * Fields that someone else changed since `base` (`theirs` is the product as saved now) and that
 * the user changed too, to other values: saving would replace their edit with the user's.
 */
export function overlappingEdits(
  base: ProductFormValues,
  draft: ProductFormValues,
  theirs: ProductFormValues,
): ProductField[] {
  return FIELDS.filter(
    (field) =>
      !sameField(field, base, theirs) && !sameField(field, base, draft) && !sameField(field, draft, theirs),
  );
}

/** Errors keyed like the form's paths (`name`, `personas.2.name`); empty when the values can be sent. */
export function validateProductForm(values: ProductFormValues): Record<string, string> {
  const errors: Record<string, string> = {};
  if (values.name.trim() === '') errors.name = 'Name must not be empty';
  for (const field of ['name', 'vision', 'strategy', 'targetCustomers'] as const) {
    if (values[field].length > LIMITS[field])
      errors[field] =
        `${PRODUCT_FIELD_LABEL[field]} must be at most ${LIMITS[field].toLocaleString('en-GB')} characters`;
  }
  if (values.personas.length > PERSONAS_MAX) errors.personas = `At most ${PERSONAS_MAX} personas`;
  values.personas.forEach((persona, i) => {
    if (persona.name.trim() === '') errors[`personas.${i}.name`] = 'A persona needs a name';
    else if (persona.name.length > PERSONA_NAME_MAX)
      errors[`personas.${i}.name`] = `Name must be at most ${PERSONA_NAME_MAX} characters`;
    if (persona.description.length > PERSONA_DESCRIPTION_MAX)
      errors[`personas.${i}.description`] =
        `Description must be at most ${PERSONA_DESCRIPTION_MAX.toLocaleString('en-GB')} characters`;
  });
  return errors;
}
