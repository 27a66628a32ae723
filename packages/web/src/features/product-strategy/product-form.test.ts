import type { Product } from '@tandem/api';
import { describe, expect, it } from 'vitest';
import {
  changedFields,
  overlappingEdits,
  type ProductFormValues,
  productChanges,
  productToForm,
  validateProductForm,
} from './product-form';

const base: ProductFormValues = {
  name: 'Tandem Cloud',
  vision: 'One plan for product and delivery',
  strategy: 'Win mid-size PMOs',
  targetCustomers: 'PMOs of 20–200 people',
  personas: [{ name: 'Priya, PM', description: 'Owns the roadmap' }],
};

describe('productToForm', () => {
  it('copies the editable fields of a product', () => {
    const product = {
      ...base,
      personas: [...base.personas],
      id: 'p',
      lifecycleStage: 'growth',
      version: 3,
    } as unknown as Product;
    expect(productToForm(product)).toEqual(base);
  });
});

describe('productChanges', () => {
  it('sends only the fields the user changed, names trimmed', () => {
    const draft = { ...base, name: '  Tandem  ', strategy: 'Win PMOs' };
    expect(changedFields(base, draft)).toEqual(['name', 'strategy']);
    expect(productChanges(base, draft)).toEqual({ name: 'Tandem', strategy: 'Win PMOs' });
  });

  it('sends the whole persona list when one persona changed', () => {
    const draft = {
      ...base,
      personas: [...base.personas, { name: ' Omar, PMO lead ', description: '' }],
    };
    expect(productChanges(base, draft)).toEqual({
      personas: [
        { name: 'Priya, PM', description: 'Owns the roadmap' },
        { name: 'Omar, PMO lead', description: '' },
      ],
    });
  });

  it('is empty when nothing changed', () => {
    expect(productChanges(base, { ...base, personas: [{ ...base.personas[0] }] })).toEqual({});
  });
});

describe('overlappingEdits', () => {
  it('lists fields both sides changed to different values', () => {
    const draft = { ...base, vision: 'Mine', strategy: 'Same', targetCustomers: 'Mine too' };
    const theirs = { ...base, vision: 'Theirs', strategy: 'Same', name: 'Renamed' };
    expect(overlappingEdits(base, draft, theirs)).toEqual(['vision']);
  });

  it('is empty when the other edit touched other fields', () => {
    expect(overlappingEdits(base, { ...base, vision: 'Mine' }, { ...base, name: 'Theirs' })).toEqual([]);
  });
});

describe('validateProductForm', () => {
  it('accepts a complete product', () => {
    expect(validateProductForm(base)).toEqual({});
  });

  it('names the empty name and the persona without a name by their form path', () => {
    const errors = validateProductForm({
      ...base,
      name: '  ',
      personas: [base.personas[0], { name: '', description: 'x' }],
    });
    expect(errors).toEqual({ name: 'Name must not be empty', 'personas.1.name': 'A persona needs a name' });
  });

  it('refuses text longer than the server accepts', () => {
    expect(validateProductForm({ ...base, vision: 'v'.repeat(10_001) }).vision).toBe(
      'Vision must be at most 10,000 characters',
    );
  });
});
