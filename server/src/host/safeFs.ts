/**
 * The file-system primitives every read and write of the host layer goes through.
 *
 * Reads open a file without blocking (a FIFO or a device would otherwise hang the reader) and
 * accept only regular files, checked on the open handle rather than on the name, so a file
 * swapped between a check and the read is still caught.
 *
 * Writes never follow a symbolic link and never leave the folder they were given: every folder
 * between that root and the file is checked with `lstat`, the content goes to a new temporary
 * file (created exclusively, so an existing name or link there is never opened) and is renamed
 * over the target, which replaces a name rather than writing through it. A reader therefore
 * sees the old file or the new one, never half of either.
 */
import { constants, promises as fsp, type Stats } from 'node:fs';
import * as path from 'node:path';
import { randomBytes } from 'node:crypto';

/** A file read whole, or why it was not. */
export type ReadOutcome =
  | { bytes: Buffer; size: number }
  | { reason: string; code: 'missing' | 'not-regular' | 'too-large' | 'unreadable'; size?: number };

// O_NONBLOCK makes opening a FIFO return at once instead of waiting for a writer; O_NOCTTY keeps
// a terminal device from becoming the process's controlling terminal. Windows has neither.
const READ_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOCTTY ?? 0);

/** What a file that is not a regular file is, in words. */
export function kindOf(stat: Stats): string {
  if (stat.isDirectory()) return 'a folder';
  if (stat.isFIFO()) return 'a named pipe (FIFO)';
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return 'a device';
  if (stat.isSocket()) return 'a socket';
  if (stat.isSymbolicLink()) return 'a symbolic link';
  return 'not a regular file';
}

function messageOf(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

function codeOf(err: unknown): string | undefined {
  return (err as NodeJS.ErrnoException | null)?.code;
}

/**
 * Reads a regular file of at most `maxBytes` bytes. Anything else (a FIFO, a device, a socket,
 * a folder) is refused without being read; so is a larger file, and one that grows past the
 * limit while it is read. A symbolic link to a regular file is read like the file.
 */
export async function readRegularFile(file: string, maxBytes: number): Promise<ReadOutcome> {
  let handle: fsp.FileHandle;
  try {
    handle = await fsp.open(file, READ_FLAGS);
  } catch (err) {
    const code = codeOf(err);
    if (code === 'ENOENT' || code === 'ENOTDIR') return { reason: 'it disappeared before it could be read', code: 'missing' };
    if (code === 'ENXIO') return { reason: 'it is a socket or a device, not a regular file', code: 'not-regular' };
    return { reason: `it could not be read (${messageOf(err)})`, code: 'unreadable' };
  }
  try {
    const stat = await handle.stat();
    if (!stat.isFile()) return { reason: `it is ${kindOf(stat)}, not a regular file`, code: 'not-regular' };
    if (stat.size > maxBytes) return { reason: 'too large', code: 'too-large', size: stat.size };
    // Read at most one byte past the limit, so a file that grows while it is read is caught
    // without being read whole. The size stat gives is only a first guess (some file systems
    // report 0), so the buffer grows as needed.
    let buffer = Buffer.alloc(Math.min(maxBytes + 1, stat.size + 1));
    let length = 0;
    for (;;) {
      if (length === buffer.length) {
        if (buffer.length > maxBytes) break;
        const larger = Buffer.alloc(Math.min(maxBytes + 1, buffer.length * 2 + 64 * 1024));
        buffer.copy(larger, 0, 0, length);
        buffer = larger;
      }
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, length);
      if (bytesRead === 0) break;
      length += bytesRead;
    }
    if (length > maxBytes) return { reason: 'too large', code: 'too-large', size: length };
    return { bytes: buffer.subarray(0, length), size: length };
  } catch (err) {
    return { reason: `it could not be read (${messageOf(err)})`, code: 'unreadable' };
  } finally {
    await handle.close().catch(() => undefined);
  }
}

/** `lstat`, or null when nothing is there. Other errors are thrown. */
async function lstatOrNull(p: string): Promise<Stats | null> {
  try {
    return await fsp.lstat(p);
  } catch (err) {
    if (codeOf(err) === 'ENOENT') return null;
    throw err;
  }
}

/** True when `target` is `root` or lies below it (both absolute and normalised). */
export function isInside(root: string, target: string): boolean {
  const rel = path.relative(root, target);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

/**
 * Why `file` may not be written, or null when it may: it must lie below `root`, every folder
 * between them must be a real folder (not a link) or not exist yet, and the file itself must be
 * a regular file or not exist. `root` itself is the caller's choice and is trusted.
 */
export async function refusalToWrite(root: string, file: string): Promise<string | null> {
  const absRoot = path.resolve(root);
  const target = path.resolve(file);
  if (target === absRoot || !isInside(absRoot, target)) return `it lies outside ${absRoot}`;
  const parts = path.relative(absRoot, target).split(path.sep);
  let current = absRoot;
  for (let i = 0; i < parts.length; i++) {
    current = path.join(current, parts[i]);
    let stat: Stats | null;
    try {
      stat = await lstatOrNull(current);
    } catch (err) {
      return `${current} cannot be inspected (${messageOf(err)})`;
    }
    if (!stat) return null; // Nothing from here on exists yet; it will be created.
    const last = i === parts.length - 1;
    if (stat.isSymbolicLink()) return last ? 'it is a symbolic link, which is never followed' : `${current} is a symbolic link, which is never followed`;
    if (!last && !stat.isDirectory()) return `${current} is not a folder`;
    if (last && !stat.isFile()) return `it is ${kindOf(stat)}, not a regular file`;
  }
  return null;
}

/**
 * Creates the folders between `root` and `dir` one at a time, refusing any that is a link or not
 * a folder. `root` must exist.
 */
async function makeFolders(root: string, dir: string): Promise<void> {
  const absRoot = path.resolve(root);
  const rel = path.relative(absRoot, path.resolve(dir));
  if (!rel) return;
  let current = absRoot;
  for (const part of rel.split(path.sep)) {
    current = path.join(current, part);
    try {
      await fsp.mkdir(current);
    } catch (err) {
      if (codeOf(err) !== 'EEXIST') throw err;
    }
    const stat = await fsp.lstat(current);
    if (stat.isSymbolicLink() || !stat.isDirectory()) throw new Error(`${current} is ${kindOf(stat)}, not a folder`);
  }
}

/**
 * Writes `content` to `file` below `root` atomically: checks the path (see
 * {@link refusalToWrite}), creates missing folders (the root too: it is the caller's choice), writes a new temporary file beside the
 * target, flushes it to disk and renames it over the target. With `replace: false` an existing
 * target is never replaced: the temporary file is linked to the target's name, which fails with
 * `EEXIST` when that name is taken, even by a file created a moment earlier.
 *
 * @throws Error naming the reason when the path is refused or the write fails; the temporary
 * file is then removed and the target is left as it was. The error's `code` is `EEXIST` when
 * `replace` is false and the name is taken.
 */
export async function writeFileAtomic(root: string, file: string, content: string | Uint8Array, options: { replace?: boolean } = {}): Promise<void> {
  const refusal = await refusalToWrite(root, file);
  if (refusal) throw new Error(`${file}: ${refusal}`);
  const dir = path.dirname(path.resolve(file));
  await fsp.mkdir(root, { recursive: true });
  await makeFolders(root, dir);
  const temp = path.join(dir, `.${path.basename(file)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
  // 'wx' is O_CREAT | O_EXCL: it fails on any existing name, a link included, so the temporary
  // file is always new and ours.
  const handle = await fsp.open(temp, 'wx', 0o666);
  try {
    try {
      await handle.writeFile(content);
      await handle.sync();
    } finally {
      await handle.close();
    }
    // Checked again just before the rename, which replaces the name itself and so would never
    // write through a link even if one appeared now.
    const late = await refusalToWrite(root, file);
    if (late) throw new Error(`${file}: ${late}`);
    if (options.replace === false) {
      // link() never replaces an existing name, a link or a file alike.
      await fsp.link(temp, file);
      await fsp.unlink(temp);
    } else {
      await fsp.rename(temp, file);
    }
  } catch (err) {
    await fsp.unlink(temp).catch(() => undefined);
    throw err;
  }
}

/**
 * Runs tasks with the same key one after another, in the order they were queued; tasks with
 * other keys run independently. A task that fails does not stop the ones after it.
 */
export class KeyedQueue {
  private readonly tails = new Map<string, Promise<unknown>>();

  run<T>(key: string, task: () => Promise<T>): Promise<T> {
    const previous = this.tails.get(key) ?? Promise.resolve();
    const next = previous.then(task, task);
    const tail = next.catch(() => undefined);
    this.tails.set(key, tail);
    void tail.then(() => {
      if (this.tails.get(key) === tail) this.tails.delete(key);
    });
    return next;
  }
}
