/**
 * The bytes of a file the user picked or dropped, as base64 for the contract. The
 * renderer reads the file itself, so the main process never opens a path it is sent.
 */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;

export async function base64Of(file: Blob): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  // In slices: String.fromCharCode with a whole file's bytes overflows the call stack.
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}
