/**
 * 设置 → 数据存放: where this desk keeps its data (this computer's file, or the
 * subdistrict's shared PostgreSQL server), testing a server, and moving the data
 * between the two.
 */
import { z } from 'zod';
import { serverSettings } from '../storage';

/** A server as the screen shows it: never the password, only whether one is kept. */
export const serverView = serverSettings.omit({ password: true }).extend({ hasPassword: z.boolean() });

/** A server as the screen sends it; an empty password means "the one kept for this server". */
export const serverInput = serverSettings;

const counts = z.record(z.string(), z.number().int());

export const storageContract = {
  'storage.get': {
    kind: 'read',
    input: z.object({}).default({}),
    output: z.object({
      kind: z.enum(['file', 'server']),
      /** The file this desk opens when it works on its own. */
      file: z.string(),
      /** The server last set up (also while working on the file), without its password. */
      server: serverView.nullable(),
      /** Whether passwords can be kept encrypted on this computer (Electron safeStorage). */
      canKeepPasswords: z.boolean(),
    }),
  },
  /** Whether the server answers, and what it holds; refused in words (unreachable, login, not Stagger's, newer). */
  'storage.test': {
    kind: 'read',
    input: z.object({ server: serverInput }),
    output: z.object({ state: z.enum(['empty', 'stagger']), version: z.number().int(), bookings: z.number().int() }),
  },
  /** Copies this computer's data into an empty Stagger database on the server, then works on the server. */
  'storage.moveToServer': {
    kind: 'operation',
    input: z.object({ server: serverInput }),
    output: z.object({ counts }),
  },
  /** Saves the server's data as a local file (a copy; the desk stays on the server). */
  'storage.saveServerAsFile': {
    kind: 'operation',
    input: z.object({}).default({}),
    output: z.object({ file: z.string(), counts }).nullable(),
  },
  /** Work on this computer's file, or on a server that already holds Stagger's data. */
  'storage.use': {
    kind: 'operation',
    input: z.discriminatedUnion('kind', [z.object({ kind: z.literal('file') }), z.object({ kind: z.literal('server'), server: serverInput })]),
    output: z.object({ kind: z.enum(['file', 'server']) }),
  },
  /** How far a move has come (null when none runs). */
  'storage.progress': {
    kind: 'read',
    input: z.object({}).default({}),
    output: z.object({ table: z.string(), done: z.number().int(), total: z.number().int(), tablesDone: z.number().int(), tables: z.number().int() }).nullable(),
  },
  /** Polled every second by the open screens: a stamp that moves when another desk changed something, and whether the database answers. */
  'app.changes': {
    kind: 'read',
    input: z.object({}).default({}),
    output: z.object({ stamp: z.number(), online: z.boolean(), kind: z.enum(['file', 'server']) }),
  },
} as const;
