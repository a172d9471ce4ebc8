import type { Kysely, Selectable } from 'kysely';
import type { Contact } from '../../../shared/domain';
import type { ContactsTable, DB } from '../schema';
import { insertRows } from './many-rows';

function toContact(r: Selectable<ContactsTable>): Contact {
  return { id: r.id, name: r.name, phone: r.phone, organisationId: r.organisation_id, note: r.note, version: r.version };
}

/** Escape LIKE wildcards so a typed % or _ matches itself. */
function likeEscape(s: string): string {
  return s.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/**
 * Type-ahead for the desk: digits match the end of a phone number ("the last four
 * digits"), anything else matches the name anywhere.
 */
export async function searchContacts(db: Kysely<DB>, query: string, limit: number): Promise<Contact[]> {
  let q = db.selectFrom('contacts').selectAll().orderBy('name').limit(limit);
  const text = query.trim();
  if (/^\d{2,}$/.test(text)) {
    q = q.where((eb) => eb('phone', 'like', eb.val(`%${likeEscape(text)}`)));
  } else if (text) {
    q = q.where((eb) => eb('name', 'like', eb.val(`%${likeEscape(text)}%`)));
  }
  return (await q.execute()).map(toContact);
}

export async function findContact(db: Kysely<DB>, id: number): Promise<Contact | undefined> {
  const r = await db.selectFrom('contacts').selectAll().where('id', '=', id).executeTakeFirst();
  return r && toContact(r);
}

export async function saveContact(
  db: Kysely<DB>,
  c: { id?: number; name: string; phone: string; organisationId: number | null; note: string },
): Promise<number> {
  const cols = { name: c.name, phone: c.phone, organisation_id: c.organisationId, note: c.note };
  if (c.id !== undefined) {
    await db
      .updateTable('contacts')
      .set((eb) => ({ ...cols, version: eb('version', '+', 1) }))
      .where('id', '=', c.id)
      .execute();
    return c.id;
  }
  const r = await db.insertInto('contacts').values(cols).returning('id').executeTakeFirstOrThrow();
  return r.id;
}

export async function deleteContact(db: Kysely<DB>, id: number): Promise<void> {
  await db.deleteFrom('contacts').where('id', '=', id).execute();
}

/** Every contact, for matching an imported list against (phone and name lookups in memory). */
export async function allContacts(db: Kysely<DB>): Promise<Contact[]> {
  return (await db.selectFrom('contacts').selectAll().orderBy('id').execute()).map(toContact);
}

const CONTACT_COLUMNS = ['name', 'phone', 'organisation_id', 'note'] as const;

/**
 * Many new contacts in a few statements (an import of thousands), without the query
 * builder (it compiles every value first); their ids in the order given. Inside the
 * caller's write transaction nobody else inserts, and SQLite gives each new row the
 * next id, so the new ids are those above the largest before, in order.
 */
export async function insertContacts(
  db: Kysely<DB>,
  rows: readonly { name: string; phone: string; organisationId: number | null; note: string }[],
): Promise<number[]> {
  if (rows.length === 0) return [];
  const before = await db.selectFrom('contacts').select((eb) => eb.fn.max('id').as('id')).executeTakeFirst();
  const last = Number(before?.id ?? 0);
  await insertRows(db, 'contacts', CONTACT_COLUMNS, rows.map((c) => [c.name, c.phone, c.organisationId, c.note]));
  const ids = (await db.selectFrom('contacts').select('id').where('id', '>', last).orderBy('id').execute()).map((r) => r.id);
  if (ids.length !== rows.length) throw new Error(`inserted ${rows.length} contacts, found ${ids.length}`);
  return ids;
}
