import type { Migration } from '../migrate';
import { foundation } from './0001-foundation';
import { plansCalendar } from './0002-plans-calendar';
import { desk } from './0003-desk';
import { referenceStamp } from './0004-reference-stamp';
import { siteAddressEn } from './0005-site-address-en';
import { rowVersions } from './0006-row-versions';
import { operatorPin } from './0007-operator-pin';
import { reportIndex } from './0008-report-index';
import { planNameEn } from './0009-plan-name-en';

/** Append-only. A released migration is never edited; add a new one instead. */
export const MIGRATIONS: readonly Migration[] = [foundation, plansCalendar, desk, referenceStamp, siteAddressEn, rowVersions, operatorPin, reportIndex, planNameEn];
