import { Input, Modal, SegmentedControl, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { notifications } from '@mantine/notifications';
import { type MarketTrend, marketTrendSchema } from '@tandem/api';
import { useId } from 'react';
import { FormFooter } from './form-footer';
import { useCreateMarketTrend, useUpdateMarketTrend } from './market.queries';
import { badLinkLine, linesToPoints, pointsToLines } from './point-lines';
import { IMPACTS, type TrendImpact } from './trend-log';
import { useVersionedForm } from './use-versioned-form';

const FIELDS = ['title', 'description', 'impact', 'observedOn', 'links'];

// a type, not an interface: form values must be assignable to Record<string, unknown>
type TrendValues = {
  title: string;
  description: string;
  impact: TrendImpact;
  observedOn: string | null;
  links: string;
};

const LABELS: Readonly<Record<keyof TrendValues, string>> = {
  title: 'title',
  description: 'description',
  impact: 'impact',
  observedOn: 'date observed',
  links: 'links',
};

/** What is sent for the values; no date means "today" to the server when logging. */
function bodyOf(values: TrendValues) {
  return {
    title: values.title.trim(),
    description: values.description,
    impact: values.impact,
    links: linesToPoints(values.links),
    observedOn: values.observedOn ? values.observedOn.slice(0, 10) : undefined,
  };
}

function valuesOf(trend: MarketTrend | null): TrendValues {
  return {
    title: trend?.title ?? '',
    description: trend?.description ?? '',
    impact: trend?.impact ?? 'medium',
    observedOn: trend?.observedOn ?? null,
    links: pointsToLines(trend?.links ?? []),
  };
}

interface TrendFormModalProps {
  readonly workspaceId: string;
  readonly opened: boolean;
  /** The trend edited, or null to log one. */
  readonly trend: MarketTrend | null;
  readonly onClose: () => void;
}

/** Logs or edits a market trend: what was seen, when, its impact on us and where to read more. */
export function TrendFormModal({ workspaceId, opened, trend, onClose }: TrendFormModalProps) {
  const create = useCreateMarketTrend(workspaceId);
  const update = useUpdateMarketTrend(workspaceId);
  const impactLabel = useId();
  const close = () => {
    create.reset();
    update.reset();
    onClose();
  };
  const { form, problem, submit } = useVersionedForm({
    opened,
    entity: trend,
    valuesOf,
    bodyOf,
    schema: marketTrendSchema,
    labels: LABELS,
    fields: FIELDS,
    validate: {
      title: (value) => (value.trim() ? null : 'Give the trend a title'),
      links: (value) => {
        const bad = badLinkLine(value);
        return bad ? `Links: ${bad.charAt(0).toLowerCase()}${bad.slice(1)}` : null;
      },
    },
    create: (body, callbacks) => create.mutate(body, callbacks),
    update: (trendId, body, callbacks) => update.mutate({ trendId, body }, callbacks),
    onCreated: (created) => {
      notifications.show({ color: 'teal', title: 'Trend logged', message: created.title });
    },
    onClose: close,
  });

  return (
    <Modal opened={opened} onClose={close} title={trend ? 'Edit trend' : 'Log a market trend'} size="lg">
      <form onSubmit={submit} noValidate aria-label={trend ? 'Edit trend' : 'Log a market trend'}>
        <Stack gap="md">
          <TextInput label="Title" required data-autofocus {...form.getInputProps('title')} />
          <Textarea
            label="Description"
            description="What is happening, and what it means for us"
            autosize
            minRows={3}
            {...form.getInputProps('description')}
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Input.Wrapper label="Impact" labelElement="div" id={impactLabel} error={form.errors.impact}>
              <SegmentedControl
                aria-labelledby={impactLabel}
                fullWidth
                data={IMPACTS.map(({ value, label }) => ({ value, label }))}
                value={form.values.impact}
                onChange={(value) => form.setFieldValue('impact', value as TrendImpact)}
              />
            </Input.Wrapper>
            <DateInput
              label="Observed on"
              placeholder={trend ? undefined : 'Today'}
              valueFormat="D MMM YYYY"
              clearable={!trend}
              {...form.getInputProps('observedOn')}
            />
          </SimpleGrid>
          <Textarea
            label="Links"
            description="Articles, reports, announcements: one http(s) address a line"
            autosize
            minRows={2}
            {...form.getInputProps('links')}
          />
          <FormFooter
            problem={problem}
            notDone={trend ? 'Not saved' : 'Not logged'}
            submitLabel={trend ? 'Save trend' : 'Log trend'}
            saving={create.isPending || update.isPending}
            onCancel={close}
          />
        </Stack>
      </form>
    </Modal>
  );
}
