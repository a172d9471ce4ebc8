/**
 * Organisations named by an import: found by name (Chinese or English, as people type
 * them), and created once, with the import, when the directory does not know them.
 */
import type { Kysely } from 'kysely';
import type { Organisation } from '../../../../shared/domain';
import { saveOrganisation } from '../../../db/repos/organisations';
import type { DB } from '../../../db/schema';
import { audit, type ServiceContext } from '../../context';
import { nameKey } from '../rows';

export class OrganisationMaker {
  private readonly byName = new Map<string, number>();

  constructor(
    private readonly ctx: ServiceContext,
    organisations: Organisation[],
  ) {
    for (const o of organisations) {
      if (o.nameEn && !this.byName.has(nameKey(o.nameEn))) this.byName.set(nameKey(o.nameEn), o.id);
    }
    // Chinese names win over English ones that happen to read the same.
    for (const o of organisations) this.byName.set(nameKey(o.name), o.id);
  }

  find(name: string): { id: number } | null {
    const id = this.byName.get(nameKey(name));
    return id === undefined ? null : { id };
  }

  async idFor(tx: Kysely<DB>, name: string): Promise<number> {
    const known = this.byName.get(nameKey(name));
    if (known !== undefined) return known;
    const row = { name: name.trim().slice(0, 80), nameEn: '', kind: 'other', note: '' };
    const id = await saveOrganisation(tx, row);
    await audit(this.ctx, tx, 'import', 'organisation', id, undefined, { id, ...row, archived: false });
    this.byName.set(nameKey(name), id);
    return id;
  }
}
