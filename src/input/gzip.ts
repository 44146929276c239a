// `.gz` inputs are read transparently: by name or by the gzip magic bytes.
import { gunzipSync } from 'node:zlib';

export const isGzipBytes = (bytes: Uint8Array) => bytes[0] === 0x1f && bytes[1] === 0x8b;

export function maybeGunzip(bytes: Uint8Array): Uint8Array {
  return isGzipBytes(bytes) ? gunzipSync(bytes) : bytes;
}
