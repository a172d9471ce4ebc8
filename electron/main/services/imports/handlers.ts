import type { Handlers } from '../handlers';
import { audit, type ServiceContext } from '../context';
import type { Store } from '../store';
import { safeFileName, saveFile } from '../files/saver';
import { readImportFile, refuseIfProblems, runImport } from './service';
import { templateWorkbook } from './templates';

type ImportMethods = 'imports.preview' | 'imports.apply' | 'imports.template';

/**
 * Runs before an import writes anything, inside its transaction: the place for a backup
 * of the database as it stands (issue 13's "a backup before every import"). A no-op
 * until the backups feature provides one with provideImportBackup; a backup taken
 * through its own connection sees the last commit, i.e. the data before the import.
 */
export type BackupBeforeImport = (ctx: ServiceContext) => Promise<void>;
const backups = new WeakMap<ServiceContext, BackupBeforeImport>();
export function provideImportBackup(ctx: ServiceContext, backup: BackupBeforeImport): void {
  backups.set(ctx, backup);
}
export async function backupBeforeImport(ctx: ServiceContext): Promise<void> {
  await backups.get(ctx)?.(ctx);
}

const TEMPLATE_NAMES = {
  'zh-CN': { contacts: '联系人导入模板', organisations: '单位导入模板', spaces: '场地导入模板', bookings: '预约导入模板' },
  en: { contacts: 'contacts-template', organisations: 'organisations-template', spaces: 'spaces-template', bookings: 'bookings-template' },
} as const;

export function importsHandlers(ctx: ServiceContext, store: Store): Handlers<ImportMethods> {
  return {
    // Read the file outside any transaction; check the rows in one that is rolled back.
    'imports.preview': async (i) => {
      const file = await readImportFile(i);
      return store.rehearse((tx) => runImport(ctx, tx, file, i));
    },
    'imports.apply': async (i, tx) => {
      const file = await readImportFile(i);
      await backupBeforeImport(ctx);
      const result = await runImport(ctx, tx, file, i);
      refuseIfProblems(result);
      await audit(ctx, tx, 'import', i.kind, null, undefined, { fileName: i.fileName, counts: result.counts });
      return result;
    },
    'imports.template': async ({ kind, language }) => {
      const bytes = await templateWorkbook(kind, language);
      const path = await saveFile(ctx, { suggestedName: safeFileName(`${TEMPLATE_NAMES[language][kind]}.xlsx`), filterName: 'Excel', extensions: ['xlsx'] }, bytes);
      return { path };
    },
  };
}
