import type { Kysely, Selectable } from 'kysely';
import type { Contact } from '../../../shared/domain';
import type { ContactsTable, DB } from '../schema';

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

/** Many new contacts in a few statements (an import of thousands); their ids in the order given. */
export async function insertContacts(
  db: Kysely<DB>,
  rows: readonly { name: string; phone: string; organisationId: number | null; note: string }[],
): Promise<number[]> {
  const ids: number[] = [];
  // 4 values a row: far below SQLite's limit of bound values per statement.
  for (let i = 0; i < rows.length; i += 500) {
    const chunk = rows.slice(i, i + 500).map((c) => ({ name: c.name, phone: c.phone, organisation_id: c.organisationId, note: c.note }));
    const out = await db.insertInto('contacts').values(chunk).returning('id').execute();
    ids.push(...out.map((r) => r.id));
  }
  return ids;
}
