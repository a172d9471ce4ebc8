/** Tables of the plans feature (added by its migration). */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface PlansTables {}
