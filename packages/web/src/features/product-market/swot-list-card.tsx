import { ActionIcon, Badge, Button, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconPlus, IconX } from '@tabler/icons-react';
import { useId, useState } from 'react';

interface SwotListCardProps {
  readonly title: string;
  /** "strength": names the controls ("New strength", "Remove strength 2"). */
  readonly singular: string;
  readonly color: string;
  readonly points: readonly string[];
  /** Absent for viewers: the list is then read-only. */
  readonly onAdd?: (text: string) => void;
  readonly onReplace?: (index: number, text: string) => void;
  readonly onRemove?: (index: number) => void;
  readonly onMove?: (index: number, by: number) => void;
}

/** One quadrant of a SWOT: its points, each editable in place, reordered and removed by buttons. */
export function SwotListCard({
  title,
  singular,
  color,
  points,
  onAdd,
  onReplace,
  onRemove,
  onMove,
}: SwotListCardProps) {
  const [text, setText] = useState('');
  const headingId = useId();
  const editable = onAdd && onReplace && onRemove && onMove;
  return (
    <Paper
      withBorder
      radius="md"
      p="md"
      component="section"
      aria-labelledby={headingId}
      style={{ borderTop: `3px solid var(--mantine-color-${color}-6)` }}
    >
      <Stack gap="xs">
        <Group justify="space-between">
          <Title order={3} size="h5" id={headingId}>
            {title}
          </Title>
          <Badge variant="light" color={color}>
            {points.length}
          </Badge>
        </Group>
        {points.length === 0 && (
          <Text size="sm" c="dimmed">
            No {title.toLowerCase()} yet.
          </Text>
        )}
        {points.map((point, index) =>
          editable ? (
            // the text is the point itself, so while it is typed the position is the only stable key
            // biome-ignore lint/suspicious/noArrayIndexKey: see above
            <Group key={index} gap={4} wrap="nowrap" data-testid={`swot-${singular}`}>
              <TextInput
                aria-label={`${title}: point ${index + 1}`}
                value={point}
                onChange={(event) => onReplace(index, event.currentTarget.value)}
                style={{ flex: 1 }}
                size="sm"
              />
              <ActionIcon
                variant="subtle"
                color="gray"
                aria-label={`Move ${singular} ${index + 1} up`}
                disabled={index === 0}
                onClick={() => onMove(index, -1)}
              >
                <IconArrowUp size={14} />
              </ActionIcon>
              <ActionIcon
                variant="subtle"
                color="gray"
                aria-label={`Move ${singular} ${index + 1} down`}
                disabled={index === points.length - 1}
                onClick={() => onMove(index, 1)}
              >
                <IconArrowDown size={14} />
              </ActionIcon>
              <ActionIcon
                variant="subtle"
                color="red"
                aria-label={`Remove ${singular} ${index + 1}`}
                onClick={() => onRemove(index)}
              >
                <IconX size={14} />
              </ActionIcon>
            </Group>
          ) : (
            <Text key={point} size="sm" data-testid={`swot-${singular}`}>
              • {point}
            </Text>
          ),
        )}
        {editable && (
          <form
            onSubmit={(event) => {
              event.preventDefault();
              if (text.trim() === '') return;
              onAdd(text);
              setText('');
            }}
          >
            <Group gap={4} wrap="nowrap" align="flex-end">
              <TextInput
                label={`New ${singular}`}
                placeholder="Type it, then press Enter"
                value={text}
                maxLength={1000}
                onChange={(event) => setText(event.currentTarget.value)}
                style={{ flex: 1 }}
                size="sm"
              />
              <Button
                type="submit"
                size="sm"
                variant="light"
                leftSection={<IconPlus size={14} />}
                disabled={text.trim() === ''}
              >
                Add {singular}
              </Button>
            </Group>
          </form>
        )}
      </Stack>
    </Paper>
  );
}
