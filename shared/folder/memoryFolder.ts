/**
 * A test double of a shared folder kept in step by a file-sync tool, for the team folder's tests: each PC has its
 * own copy of the folder, and what one PC writes or removes reaches the others later, in any order, as `deliver`
 * is called. Like real tools it may show a file half-copied before it completes, make a duplicate or a conflict
 * copy of it, hold a file busy for a moment, and remove files others tidied away — even between a PC listing the
 * folder and reading a file. It records who wrote each name, so a test can prove no two PCs wrote the same file.
 */
import { FolderError, type FolderEntry, type FolderPort } from './folderPort';

export interface SyncToolHabits {
  /** Chance that a file first arrives cut short, completed by a later delivery. */
  halfWritten: number;
  /** Chance that a delivery also leaves a duplicate ("name (1).joinedup"). */
  duplicate: number;
  /** Chance that a delivery also leaves a conflict copy (Syncthing's naming). */
  conflictCopy: number;
  /** Chance that reading a file finds it busy. */
  busy: number;
  /** Chance that some deliveries happen while a PC is reading the folder. */
  deliverWhileReading: number;
}

export const CALM: SyncToolHabits = {
  halfWritten: 0,
  duplicate: 0,
  conflictCopy: 0,
  busy: 0,
  deliverWhileReading: 0,
};

export const UNRULY: SyncToolHabits = {
  halfWritten: 0.2,
  duplicate: 0.1,
  conflictCopy: 0.1,
  busy: 0.05,
  deliverWhileReading: 0.2,
};

interface StoredFile {
  bytes: Uint8Array;
  modifiedAt: number;
}

type Delivery =
  { to: string; kind: 'put'; name: string; bytes: Uint8Array } | { to: string; kind: 'remove'; name: string };

export class MemoryCloud {
  private readonly copies = new Map<string, Map<string, StoredFile>>();
  private readonly watchers = new Map<string, Set<() => void>>();
  private queue: Delivery[] = [];
  /** For each name, the PCs that wrote it through their folder port. */
  readonly writers = new Map<string, Set<string>>();
  gone = false;

  constructor(
    private readonly random: () => number,
    private readonly now: () => number,
    private readonly habits: SyncToolHabits = CALM,
  ) {}

  /** The folder as PC `pc` sees it. A PC new to the folder receives what is there already, as deliveries. */
  folderFor(pc: string): FolderPort {
    if (!this.copies.has(pc)) {
      const [existing] = this.copies.values();
      this.copies.set(pc, new Map());
      for (const [name, file] of existing ?? [])
        this.queue.push({ to: pc, kind: 'put', name, bytes: file.bytes });
    }
    return new MemoryFolder(this, pc);
  }

  /** Files in PC `pc`'s copy, for tests to look at. */
  namesAt(pc: string): string[] {
    return [...(this.copies.get(pc)?.keys() ?? [])].sort();
  }

  get waiting(): number {
    return this.queue.length;
  }

  /**
   * Makes up to `count` deliveries, picked at random (so files arrive in any order). Changes to one name reach a
   * PC in the order they were made, as a real tool's versions do: a removal never lands before the file it removes.
   */
  deliver(count = 1): number {
    let made = 0;
    while (made < count && this.queue.length > 0) {
      const picked = this.queue[Math.floor(this.random() * this.queue.length)];
      const index = this.queue.findIndex(
        (delivery) => delivery.to === picked?.to && delivery.name === picked.name,
      );
      const [delivery] = this.queue.splice(index, 1);
      if (delivery) this.apply(delivery);
      made += 1;
    }
    return made;
  }

  deliverAll(): void {
    while (this.queue.length > 0) this.deliver(this.queue.length);
  }

  /** PC `pc` wrote or removed a file in its own copy: the sync tool will carry it to the others. */
  changedAt(
    pc: string,
    change: { kind: 'put'; name: string; bytes: Uint8Array } | { kind: 'remove'; name: string },
  ) {
    for (const other of this.copies.keys()) {
      if (other === pc) continue;
      if (change.kind === 'remove') {
        this.queue.push({ to: other, kind: 'remove', name: change.name });
        continue;
      }
      if (this.random() < this.habits.halfWritten) {
        const cut = change.bytes.subarray(0, Math.floor(change.bytes.byteLength / 2));
        // The cut copy lands at once; the whole file follows with a later delivery.
        this.apply({ to: other, kind: 'put', name: change.name, bytes: cut });
      }
      this.queue.push({ to: other, kind: 'put', name: change.name, bytes: change.bytes });
    }
  }

  store(pc: string): Map<string, StoredFile> {
    const store = this.copies.get(pc);
    if (!store) throw new Error(`No copy of the folder for ${pc}`);
    return store;
  }

  watch(pc: string, onChange: () => void): () => void {
    const set = this.watchers.get(pc) ?? new Set();
    set.add(onChange);
    this.watchers.set(pc, set);
    return () => set.delete(onChange);
  }

  chance(habit: keyof SyncToolHabits): boolean {
    return this.random() < this.habits[habit];
  }

  time(): number {
    return this.now();
  }

  private copyAt(pc: string, name: string, bytes: Uint8Array): void {
    this.store(pc).set(name, { bytes, modifiedAt: this.now() });
    this.changedAt(pc, { kind: 'put', name, bytes });
  }

  private apply(delivery: Delivery): void {
    const store = this.store(delivery.to);
    if (delivery.kind === 'remove') {
      store.delete(delivery.name);
    } else {
      store.set(delivery.name, { bytes: delivery.bytes, modifiedAt: this.now() });
      const stem = delivery.name.replace(/\.joinedup$/, '');
      const isCopy = / \(1\)$|\.sync-conflict-/.test(stem);
      // The tool's copies are files of the folder like any other: they reach every PC, the writer's too.
      if (!isCopy && this.chance('duplicate'))
        this.copyAt(delivery.to, `${stem} (1).joinedup`, delivery.bytes);
      if (!isCopy && this.chance('conflictCopy')) {
        this.copyAt(delivery.to, `${stem}.sync-conflict-20261122-143005-ABCDEF7.joinedup`, delivery.bytes);
      }
    }
    for (const watcher of this.watchers.get(delivery.to) ?? []) watcher();
  }
}

class MemoryFolder implements FolderPort {
  constructor(
    private readonly cloud: MemoryCloud,
    private readonly pc: string,
  ) {}

  async list(): Promise<FolderEntry[]> {
    if (this.cloud.gone) throw new FolderError('gone', 'The folder is not there.');
    return [...this.cloud.store(this.pc)].map(([name, file]) => ({
      name,
      size: file.bytes.byteLength,
      modifiedAt: file.modifiedAt,
    }));
  }

  async read(name: string): Promise<Uint8Array> {
    if (this.cloud.gone) throw new FolderError('gone', 'The folder is not there.');
    if (this.cloud.chance('deliverWhileReading')) this.cloud.deliver(3);
    if (this.cloud.chance('busy')) throw new FolderError('busy', `${name} is busy.`);
    const file = this.cloud.store(this.pc).get(name);
    if (!file) throw new FolderError('missing', `${name} is not there.`);
    return file.bytes.slice();
  }

  async write(name: string, bytes: Uint8Array): Promise<void> {
    if (this.cloud.gone) throw new FolderError('gone', 'The folder is not there.');
    const writers = this.cloud.writers.get(name) ?? new Set<string>();
    writers.add(this.pc);
    this.cloud.writers.set(name, writers);
    this.cloud.store(this.pc).set(name, { bytes: bytes.slice(), modifiedAt: this.cloud.time() });
    this.cloud.changedAt(this.pc, { kind: 'put', name, bytes: bytes.slice() });
  }

  async remove(name: string): Promise<void> {
    if (this.cloud.gone) throw new FolderError('gone', 'The folder is not there.');
    if (!this.cloud.store(this.pc).delete(name)) return;
    this.cloud.changedAt(this.pc, { kind: 'remove', name });
  }

  watch(onChange: () => void): () => void {
    return this.cloud.watch(this.pc, onChange);
  }
}
