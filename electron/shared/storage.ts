/** Where a desk keeps its data: this computer's file, or the subdistrict's shared PostgreSQL server. */
import { z } from 'zod';

export const serverSettings = z.object({
  host: z.string().trim().min(1, 'required').max(253),
  port: z.number().int().min(1).max(65535),
  database: z.string().trim().min(1, 'required').max(63),
  user: z.string().trim().min(1, 'required').max(63),
  password: z.string().max(200),
  tls: z.boolean(),
});
export type ServerSettings = z.infer<typeof serverSettings>;

export const DEFAULT_SERVER: ServerSettings = { host: '', port: 5432, database: 'stagger', user: 'stagger', password: '', tls: false };

export type StorageKind = 'file' | 'server';
