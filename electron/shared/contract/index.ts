/**
 * The IPC contract: every method the renderer may call, with zod schemas for its
 * input and output. Dispatch, the preload whitelist and the renderer client are all
 * derived from this object. Add a feature = add its file here + its handler map.
 */
import type { z } from 'zod';
import { appContract } from './app';
import { backupsContract } from './backups';
import { bookingsContract } from './bookings';
import { calendarContract } from './calendar';
import { deskContract } from './desk';
import { directoryContract } from './directory';
import { exportsContract } from './exports';
import { importsContract } from './imports';
import { plansContract } from './plans';
import { printContract } from './print';
import { sitesContract } from './sites';
import { storageContract } from './storage';

/**
 * One method: whether it only reads or also writes, and its input and output schemas.
 * The dispatch runs every write in one transaction; the renderer reloads its open
 * queries after a successful write, never after a read. An `operation` works outside
 * that one transaction (restoring a backup swaps the whole database; moving it to the
 * server copies it in a transaction of the target's): the dispatch opens none for it,
 * and the renderer reloads after it as after a write.
 */
export interface MethodSpec {
  kind: 'read' | 'write' | 'operation';
  input: z.ZodType;
  output: z.ZodType;
}

export const contract = {
  ...appContract,
  ...sitesContract,
  ...directoryContract,
  ...bookingsContract,
  ...plansContract,
  ...deskContract,
  ...printContract,
  ...calendarContract,
  ...storageContract,
  ...importsContract,
  ...exportsContract,
  ...backupsContract,
} as const satisfies Record<string, MethodSpec>;

export type Contract = typeof contract;
export type Method = keyof Contract;
export type Input<M extends Method> = z.input<Contract[M]['input']>;
export type ParsedInput<M extends Method> = z.output<Contract[M]['input']>;
export type Output<M extends Method> = z.output<Contract[M]['output']>;

export const METHODS = Object.keys(contract) as Method[];
export function isMethod(name: unknown): name is Method {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(contract, name);
}

/** Whether a method changes data (the renderer reloads what it shows after one). */
export function isWrite(method: Method): boolean {
  return contract[method].kind !== 'read';
}
