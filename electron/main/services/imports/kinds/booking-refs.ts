/**
 * What a booking row names in words, found in the directory: the space (in a site, if
 * the row says which), the contact (by phone, else by name; a new one is created with
 * the import), the organisation and the audience (Chinese or English names).
 */
import type { Kysely } from 'kysely';
import { phone as phoneSchema, type Audience, type Contact, type Organisation, type Site, type Space } from '../../../../shared/domain';
import { allContacts, saveContact } from '../../../db/repos/contacts';
import type { DB } from '../../../db/schema';
import { audit, type ServiceContext } from '../../context';
import { nameKey, type RowCheck } from '../rows';

function byNames<T extends { name: string; nameEn?: string }>(items: T[]): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    for (const n of new Set([nameKey(item.name), item.nameEn ? nameKey(item.nameEn) : ''])) {
      if (n) map.set(n, [...(map.get(n) ?? []), item]);
    }
  }
  return map;
}

export class BookingRefs {
  private readonly spaces: Map<string, Space[]>;
  private readonly sites: Map<string, Site[]>;
  private readonly organisations: Map<string, Organisation[]>;
  private readonly audiences: Map<string, Audience[]>;
  private contactsByPhone = new Map<string, Contact>();
  private contactsByName = new Map<string, Contact[]>();
  /** Contacts this import creates, by phone or name, so that a person is created once. */
  private readonly created = new Map<string, number>();

  constructor(
    private readonly ctx: ServiceContext,
    lists: { spaces: Space[]; sites: Site[]; organisations: Organisation[]; audiences: Audience[] },
  ) {
    this.spaces = byNames(lists.spaces.filter((s) => !s.archived));
    this.sites = byNames(lists.sites);
    this.organisations = byNames(lists.organisations);
    this.audiences = byNames(lists.audiences);
  }

  async loadContacts(tx: Kysely<DB>): Promise<void> {
    for (const c of await allContacts(tx)) {
      if (c.phone) this.contactsByPhone.set(c.phone.replace(/-/g, ''), c);
      this.contactsByName.set(nameKey(c.name), [...(this.contactsByName.get(nameKey(c.name)) ?? []), c]);
    }
  }

  space(check: RowCheck): Space | undefined {
    const siteName = check.text('site');
    let siteId: number | undefined;
    if (siteName) {
      const sites = this.sites.get(nameKey(siteName)) ?? [];
      if (sites.length !== 1) {
        check.problem('site', 'import.unknown_site', { name: siteName });
        return undefined;
      }
      siteId = sites[0].id;
    }
    const name = check.text('space');
    if (!name) return undefined;
    const found = (this.spaces.get(nameKey(name)) ?? []).filter((s) => siteId === undefined || s.siteId === siteId);
    if (found.length === 0) check.problem('space', 'import.unknown_space', { name });
    else if (found.length > 1) check.problem('space', 'import.space_ambiguous', { name });
    return found.length === 1 ? found[0] : undefined;
  }

  named(check: RowCheck, column: 'organisation' | 'audience'): number | null | undefined {
    const text = check.text(column);
    if (!text) return null;
    const found = (column === 'organisation' ? this.organisations : this.audiences).get(nameKey(text)) ?? [];
    if (found.length !== 1) {
      check.problem(column, column === 'organisation' ? 'import.unknown_organisation' : 'import.unknown_audience', { name: text });
      return undefined;
    }
    return found[0].id;
  }

  /**
   * The contact a row names: the one with its phone, else the only one of its name; a
   * person not in the directory is created (said in the preview). Undefined on a problem.
   */
  async contact(tx: Kysely<DB>, check: RowCheck, organisationId: number | null): Promise<number | null | undefined> {
    const name = check.text('contact');
    const phoneText = check.text('phone');
    if (!name && !phoneText) return null;
    const parsedPhone = phoneSchema.safeParse(phoneText);
    if (!parsedPhone.success) {
      check.problem('phone', 'import.phone');
      return undefined;
    }
    const phone = parsedPhone.data;
    const phoneKey = phone.replace(/-/g, '');
    if (phoneKey) {
      const known = this.contactsByPhone.get(phoneKey);
      if (known) return known.id;
    } else {
      const same = this.contactsByName.get(nameKey(name)) ?? [];
      if (same.length === 1) return same[0].id;
      if (same.length > 1) {
        check.problem('contact', 'import.contact_ambiguous', { name, count: same.length });
        return undefined;
      }
    }
    if (!name) {
      check.problem('contact', 'import.required');
      return undefined;
    }
    const key = phoneKey || `name:${nameKey(name)}`;
    const made = this.created.get(key);
    if (made !== undefined) return made;
    check.notice('contact', 'import.new_contact', { name });
    const row = { name: name.slice(0, 80), phone, organisationId, note: '' };
    const id = await saveContact(tx, row);
    await audit(this.ctx, tx, 'import', 'contact', id, undefined, { id, ...row, version: 1 });
    this.created.set(key, id);
    return id;
  }
}
