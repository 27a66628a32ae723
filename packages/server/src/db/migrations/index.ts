import type { Migration } from 'kysely';
import { foundationMigration } from './0001-foundation';
import { projectWorkspaceMigration } from './0002-project-workspace';
import { resourcesMigration } from './0003-resources';
import { controlsMigration } from './0004-controls';
import { productMigration } from './0005-product';
import { productMoreMigration } from './0006-product-more';
import { planStampMigration } from './0007-plan-stamp';
import { scorecardsMigration } from './0008-scorecards';
import { notificationsAndLanesMigration } from './0009-notifications-and-lanes';
import { derivedAnalysisMigration } from './0010-derived-analysis';

/** Every migration, by name; names sort in the order they run. Never rename or edit a shipped one. */
export const migrations: Readonly<Record<string, Migration>> = {
  '0001-foundation': foundationMigration,
  '0002-project-workspace': projectWorkspaceMigration,
  '0003-resources': resourcesMigration,
  '0004-controls': controlsMigration,
  '0005-product': productMigration,
  '0006-product-more': productMoreMigration,
  '0007-plan-stamp': planStampMigration,
  '0008-scorecards': scorecardsMigration,
  '0009-notifications-and-lanes': notificationsAndLanesMigration,
  '0010-derived-analysis': derivedAnalysisMigration,
};
