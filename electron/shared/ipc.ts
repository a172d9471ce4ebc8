/** The single IPC channel; the method name travels as the first argument. */
export const INVOKE_CHANNEL = 'stagger:invoke';

/** What the preload exposes as window.api. */
export interface StaggerBridge {
  invoke(method: string, input?: unknown): Promise<unknown>;
}
