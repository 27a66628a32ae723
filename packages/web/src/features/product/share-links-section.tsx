import {
  ActionIcon,
  Alert,
  Badge,
  Button,
  Checkbox,
  CopyButton,
  Group,
  Stack,
  Table,
  Text,
  TextInput,
  Tooltip,
} from '@mantine/core';
import { IconCheck, IconCopy } from '@tabler/icons-react';
import type { CreatedShareLink, ShareHiddenField } from '@tandem/api';
import { useState } from 'react';
import { formatDate } from '../../lib/format';
import { describeError } from '../../lib/problem';
import { useCreateShareLink, useRevokeShareLink, useShareLinks } from './roadmap.queries';

const HIDEABLE: readonly { readonly value: ShareHiddenField; readonly label: string }[] = [
  { value: 'description', label: 'Descriptions' },
  { value: 'owner', label: 'Owners' },
  { value: 'scores', label: 'Scores' },
  { value: 'evidence', label: 'Evidence counts' },
  { value: 'targetDate', label: 'Target dates' },
  { value: 'forecast', label: 'Forecasts' },
];

/** The link's absolute address: the server answers a path (`/share/<token>`). */
function absolute(url: string): string {
  return new URL(url, window.location.origin).toString();
}

/** Read-only roadmap links: create (choosing what to hide), copy once, revoke. */
export function ShareLinksSection({ workspaceId }: { readonly workspaceId: string }) {
  const links = useShareLinks(workspaceId);
  const create = useCreateShareLink(workspaceId);
  const revoke = useRevokeShareLink(workspaceId);
  const [name, setName] = useState('');
  const [hidden, setHidden] = useState<ShareHiddenField[]>([]);
  const [created, setCreated] = useState<CreatedShareLink | null>(null);

  return (
    <Stack gap="md">
      <form
        aria-label="New share link"
        onSubmit={(event) => {
          event.preventDefault();
          create.mutate(
            { name: name.trim(), hiddenFields: hidden },
            {
              onSuccess: (link) => {
                setCreated(link);
                setName('');
              },
            },
          );
        }}
      >
        <Stack gap="xs">
          <Group align="flex-end" gap="xs">
            <TextInput
              label="Link name"
              placeholder="e.g. Customers Q3"
              value={name}
              onChange={(event) => setName(event.currentTarget.value)}
              required
            />
            <Button type="submit" disabled={name.trim() === ''} loading={create.isPending}>
              Create link
            </Button>
          </Group>
          <Checkbox.Group
            label="Hide from readers"
            value={hidden}
            onChange={(value) => setHidden(value as ShareHiddenField[])}
          >
            <Group gap="md" mt={4}>
              {HIDEABLE.map((field) => (
                <Checkbox key={field.value} value={field.value} label={field.label} />
              ))}
            </Group>
          </Checkbox.Group>
          {create.error && (
            <Alert color="red" role="alert">
              {describeError(create.error)}
            </Alert>
          )}
        </Stack>
      </form>
      {created && (
        <Alert color="green" title={`Link “${created.name}” created`} role="status">
          <Text size="sm" mb={6}>
            Copy it now: it is shown only once.
          </Text>
          <Group gap="xs" wrap="nowrap">
            <TextInput
              readOnly
              value={absolute(created.url)}
              aria-label="Share link address"
              style={{ flex: 1 }}
              data-testid="share-link-url"
            />
            <CopyButton value={absolute(created.url)}>
              {({ copied, copy }) => (
                <Tooltip label={copied ? 'Copied' : 'Copy link'}>
                  <ActionIcon variant="light" onClick={copy} aria-label="Copy link">
                    {copied ? <IconCheck size={16} /> : <IconCopy size={16} />}
                  </ActionIcon>
                </Tooltip>
              )}
            </CopyButton>
          </Group>
        </Alert>
      )}
      {links.error && <Alert color="red">{describeError(links.error)}</Alert>}
      {links.data && links.data.length === 0 && (
        <Text size="sm" c="dimmed">
          No share links yet.
        </Text>
      )}
      {links.data && links.data.length > 0 && (
        <Table aria-label="Share links">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Name</Table.Th>
              <Table.Th>Hidden</Table.Th>
              <Table.Th>Created</Table.Th>
              <Table.Th>State</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {links.data.map((link) => (
              <Table.Tr key={link.id}>
                <Table.Td>{link.name}</Table.Td>
                <Table.Td>{link.hiddenFields.join(', ') || 'nothing'}</Table.Td>
                <Table.Td>{formatDate(link.createdAt.slice(0, 19))}</Table.Td>
                <Table.Td>
                  <Badge color={link.active ? 'green' : 'gray'}>
                    {link.active ? 'active' : link.revokedAt ? 'revoked' : 'expired'}
                  </Badge>
                </Table.Td>
                <Table.Td>
                  {link.active && (
                    <Button
                      size="xs"
                      color="red"
                      variant="light"
                      loading={revoke.isPending && revoke.variables === link.id}
                      onClick={() => revoke.mutate(link.id)}
                      aria-label={`Revoke ${link.name}`}
                    >
                      Revoke
                    </Button>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {revoke.error && <Alert color="red">{describeError(revoke.error)}</Alert>}
    </Stack>
  );
}
