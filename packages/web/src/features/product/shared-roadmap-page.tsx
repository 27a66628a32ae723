import {
  Alert,
  Badge,
  Container,
  Group,
  Paper,
  SimpleGrid,
  Skeleton,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import type { SharedRoadmap } from '@tandem/api';
import { formatDate } from '../../lib/format';
import { isNotFound } from '../../lib/problem';
import { useSharedRoadmap } from './roadmap.queries';
import { ROADMAP_LANES } from './roadmap-lanes';

type SharedFeature = SharedRoadmap['features'][number];

/**
 * The public, read-only roadmap behind a share link: no sign-in, no navigation, no controls. An
 * unknown, revoked or expired link says so and offers nothing else.
 */
export function SharedRoadmapPage({ token }: { readonly token: string }) {
  const roadmap = useSharedRoadmap(token);
  return (
    <Container size="xl" py="xl">
      {roadmap.isPending && <Skeleton h={300} />}
      {roadmap.error && (
        <Alert
          color={isNotFound(roadmap.error) ? 'gray' : 'red'}
          title="This roadmap is not available"
          role="alert"
        >
          {isNotFound(roadmap.error)
            ? 'The link is unknown, was revoked, or has expired. Ask whoever shared it for a new one.'
            : 'The roadmap could not be loaded. Try again later.'}
        </Alert>
      )}
      {roadmap.data && <SharedRoadmapView roadmap={roadmap.data} />}
    </Container>
  );
}

function SharedRoadmapView({ roadmap }: { readonly roadmap: SharedRoadmap }) {
  const releaseName = new Map(roadmap.releases.map((release) => [release.id, release.name]));
  return (
    <Stack gap="lg">
      <Stack gap={4}>
        <Title order={1}>{roadmap.name}</Title>
        <Text size="sm" c="dimmed">
          Read-only roadmap · updated {formatDate(roadmap.generatedAt.slice(0, 19))}
        </Text>
      </Stack>
      <SimpleGrid cols={{ base: 1, md: 3 }}>
        {ROADMAP_LANES.map(({ lane, title }) => {
          const items = roadmap.features.filter(
            (feature) => feature.lane === lane && feature.kind !== 'initiative',
          );
          return (
            <Paper key={lane} withBorder radius="md" p="sm" component="section" aria-label={title}>
              <Title order={2} size="h4" mb="xs">
                {title}
              </Title>
              <Stack gap="xs">
                {items.length === 0 && (
                  <Text size="sm" c="dimmed">
                    Nothing here yet.
                  </Text>
                )}
                {items.map((feature) => (
                  <SharedCard
                    key={feature.id}
                    feature={feature}
                    release={feature.releaseId ? releaseName.get(feature.releaseId) : undefined}
                  />
                ))}
              </Stack>
            </Paper>
          );
        })}
      </SimpleGrid>
      {roadmap.releases.length > 0 && (
        <Stack gap="xs">
          <Title order={2} size="h3">
            Releases
          </Title>
          {roadmap.releases.map((release) => (
            <Group key={release.id} gap="sm">
              <Text fw={500}>{release.name}</Text>
              {release.versionLabel && <Text c="dimmed">{release.versionLabel}</Text>}
              <Badge variant="light">{release.status}</Badge>
              {release.targetDate !== undefined && (
                <Text size="sm">Target {formatDate(release.targetDate)}</Text>
              )}
            </Group>
          ))}
        </Stack>
      )}
    </Stack>
  );
}

function SharedCard({
  feature,
  release,
}: {
  readonly feature: SharedFeature;
  readonly release: string | undefined;
}) {
  const forecast = feature.forecast ? (feature.forecast.p80 ?? feature.forecast.cpmFinish) : null;
  return (
    <Paper withBorder radius="sm" p="xs" data-testid="shared-feature">
      <Text size="sm" fw={500}>
        {feature.title}
      </Text>
      {feature.description && (
        <Text size="xs" c="dimmed" lineClamp={3}>
          {feature.description}
        </Text>
      )}
      <Group gap={6} mt={4}>
        {release && (
          <Badge size="xs" variant="light">
            {release}
          </Badge>
        )}
        {forecast && (
          <Text size="xs" c="dimmed">
            {formatDate(forecast)} ({feature.forecast?.p80 ? 'P80' : 'CPM'})
          </Text>
        )}
        {feature.forecast?.late && (
          <Badge size="xs" color="red">
            late
          </Badge>
        )}
      </Group>
    </Paper>
  );
}
