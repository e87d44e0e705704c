// Reads a .vsix (a zip archive) without tools from outside Node: the list of its files from the
// zip's central directory, and the text of one file, inflated with node:zlib. Enough to check
// what `npm run package` puts into the package a user installs.
import fs from 'node:fs';
import zlib from 'node:zlib';

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;

/**
 * The files of the archive at `file`, each as `{ name, size, compressedSize, method, offset }`
 * (sizes in bytes; `offset` is where its local header starts). Throws when the file is not a zip.
 */
export function listVsix(file) {
  const data = fs.readFileSync(file);
  // The end-of-directory record sits in the last 64 KiB + 22 bytes (its comment is at most 64 KiB).
  let end = -1;
  for (let i = data.length - 22; i >= Math.max(0, data.length - 22 - 0xffff); i--) {
    if (data.readUInt32LE(i) === END_OF_DIRECTORY) {
      end = i;
      break;
    }
  }
  if (end < 0) throw new Error(`${file} is not a zip archive`);
  const count = data.readUInt16LE(end + 10);
  let at = data.readUInt32LE(end + 16);
  const entries = [];
  for (let n = 0; n < count; n++) {
    if (data.readUInt32LE(at) !== DIRECTORY_ENTRY) throw new Error(`bad central directory entry ${n} in ${file}`);
    const nameLength = data.readUInt16LE(at + 28);
    const extraLength = data.readUInt16LE(at + 30);
    const commentLength = data.readUInt16LE(at + 32);
    entries.push({
      name: data.toString('utf8', at + 46, at + 46 + nameLength),
      method: data.readUInt16LE(at + 10),
      compressedSize: data.readUInt32LE(at + 20),
      size: data.readUInt32LE(at + 24),
      offset: data.readUInt32LE(at + 42),
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** The contents of the file `name` inside the archive at `file`, as a Buffer. */
export function readVsixEntry(file, name) {
  const entry = listVsix(file).find((e) => e.name === name);
  if (!entry) throw new Error(`${name} is not in ${file}`);
  const data = fs.readFileSync(file);
  if (data.readUInt32LE(entry.offset) !== LOCAL_HEADER) throw new Error(`bad local header for ${name}`);
  const start = entry.offset + 30 + data.readUInt16LE(entry.offset + 26) + data.readUInt16LE(entry.offset + 28);
  const raw = data.subarray(start, start + entry.compressedSize);
  if (entry.method === 0) return Buffer.from(raw);
  if (entry.method === 8) return zlib.inflateRawSync(raw);
  throw new Error(`${name} uses zip method ${entry.method}, which this reader does not know`);
}
