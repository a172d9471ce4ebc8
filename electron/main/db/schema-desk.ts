/** Tables of the desk feature (added by its migration). */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface DeskTables {}
