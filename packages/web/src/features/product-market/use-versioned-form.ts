import { type FormValidateInput, useForm } from '@mantine/form';
import { useEffect, useState } from 'react';
import { type Parser, rebaseAfterConflict } from './form-conflict';
import { changedFields } from './form-diff';
import { type FormProblem, formProblem } from './form-problem';

/** What a mutation is told when it ends. */
export interface MutationCallbacks<T> {
  readonly onSuccess: (answer: T) => void;
  readonly onError: (error: unknown) => void;
}

export interface VersionedFormOptions<E extends { id: string; version: number }, V, B extends object> {
  readonly opened: boolean;
  /** The object edited, or null to create one. */
  readonly entity: E | null;
  readonly valuesOf: (entity: E | null) => V;
  /** What is sent for the form's values (an update sends only the fields that differ). */
  readonly bodyOf: (values: V) => B;
  /** The contract schema of the object, to read the server's copy from a 409. */
  readonly schema: Parser<E>;
  /** How a conflict message names each field. */
  readonly labels: Readonly<Partial<Record<keyof V, string>>>;
  /** The body fields a server problem may name, to show it under the field. */
  readonly fields: readonly string[];
  readonly validate: FormValidateInput<V>;
  readonly create: (body: B, callbacks: MutationCallbacks<E>) => void;
  readonly update: (
    id: string,
    body: Partial<B> & { version: number },
    callbacks: MutationCallbacks<E>,
  ) => void;
  /** After a create succeeded (a notification, say), before the dialog closes. */
  readonly onCreated?: (created: E) => void;
  /** Closes the dialog (after the mutations' state has been reset by the caller). */
  readonly onClose: () => void;
}

/**
 * The state of an add-or-edit dialog over a versioned object: resets when another object is
 * opened, sends only the changed fields with the version the edit started from, shows server
 * problems under their fields, and after a stale save puts the user's changes on top of the
 * server's copy (so saving again undoes nothing someone else saved).
 */
export function useVersionedForm<
  E extends { id: string; version: number },
  V extends Record<string, unknown>,
  B extends object,
>(options: VersionedFormOptions<E, V, B>) {
  const { opened, entity, valuesOf, bodyOf } = options;
  const [problem, setProblem] = useState<FormProblem | null>(null);
  // what the edit started from: only the fields changed since are sent, with this version
  const [base, setBase] = useState<{ values: V; version: number } | null>(null);
  const form = useForm<V>({ initialValues: valuesOf(null), validate: options.validate });
  const editedId = entity?.id ?? null;
  // biome-ignore lint/correctness/useExhaustiveDependencies: reset only when another object is opened
  useEffect(() => {
    if (!opened) return;
    const values = valuesOf(entity);
    form.setValues(values);
    form.clearErrors();
    setBase(entity ? { values, version: entity.version } : null);
    setProblem(null);
  }, [opened, editedId]);

  const onError = (error: unknown) => {
    const rebase =
      base &&
      rebaseAfterConflict(
        error,
        options.schema,
        { base: base.values, mine: form.getValues() },
        valuesOf,
        options.labels,
      );
    if (rebase) {
      setBase({ values: rebase.base, version: rebase.version });
      form.setValues(rebase.form);
      setProblem({ fields: {}, general: rebase.message, conflict: true });
      return;
    }
    const sorted = formProblem(error, [...options.fields]);
    form.setErrors(sorted.fields);
    setProblem(sorted);
  };

  const submit = form.onSubmit((values) => {
    setProblem(null);
    if (entity && base) {
      const changes = changedFields(bodyOf(base.values), bodyOf(values));
      if (Object.keys(changes).length === 0) {
        options.onClose();
        return;
      }
      options.update(
        entity.id,
        { ...changes, version: base.version },
        { onSuccess: options.onClose, onError },
      );
      return;
    }
    options.create(bodyOf(values), {
      onSuccess: (created) => {
        options.onCreated?.(created);
        options.onClose();
      },
      onError,
    });
  });

  return { form, problem, submit };
}
