import type { LagUnitInput, LinkTypeInput } from '@tandem/api';

export type { CreateLinkRequest, Link, LinkWriteResult, UpdateLinkRequest } from '@tandem/api';

/** Finish-to-start, start-to-start, finish-to-finish, start-to-finish. */
export type LinkType = LinkTypeInput;
/** The unit a lag was entered in (a duration unit, or `%`/`e%` of the predecessor's duration). */
export type LagUnit = LagUnitInput;
