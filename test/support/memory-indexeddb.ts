/**
 * As much of IndexedDB as idb-keyval and the offline queue use (open, one object store, put,
 * delete, getAll, getAllKeys, deleteDatabase), kept in memory: Node has no IndexedDB, and with
 * this the real idb-keyval runs in a unit test, not a stand-in for it. Requests answer on a later
 * microtask and transactions complete on a later task, as in a browser, so code that set its
 * handlers after asking still hears them. Install with `vi.stubGlobal("indexedDB", device.factory)`.
 */
export class MemoryIndexedDB {
  /** Every database by name: each object store by name, its values by key. */
  readonly databases = new Map<string, Map<string, Map<IDBValidKey, unknown>>>();
  /** A damaged store: every read fails as a browser's does (`UnknownError`). */
  unreadable = false;

  readonly factory = {
    open: (name: string) => {
      const request = new MemoryRequest();
      const exists = this.databases.has(name);
      const stores = this.databases.get(name) ?? new Map<string, Map<IDBValidKey, unknown>>();
      this.databases.set(name, stores);
      const db = new MemoryDatabase(this, stores);
      request.result = db;
      queueMicrotask(() => {
        if (!exists) request.onupgradeneeded?.();
        request.onsuccess?.();
      });
      return request;
    },
    deleteDatabase: (name: string) => {
      const request = new MemoryRequest();
      queueMicrotask(() => {
        this.databases.delete(name);
        request.onsuccess?.();
      });
      return request;
    },
  };

  /** The values in one store, as the device holds them now (none once it is deleted). */
  values(database: string, store: string): unknown[] {
    return [...(this.databases.get(database)?.get(store)?.values() ?? [])];
  }

  /** Everything on the device goes, as a fresh browser profile has nothing. */
  empty(): void {
    for (const stores of this.databases.values()) {
      for (const values of stores.values()) values.clear();
    }
    this.unreadable = false;
  }
}

class MemoryRequest {
  result: unknown = undefined;
  error: DOMException | null = null;
  onsuccess: (() => void) | null = null;
  onerror: (() => void) | null = null;
  onupgradeneeded: (() => void) | null = null;
  onblocked: (() => void) | null = null;
}

class MemoryDatabase {
  onclose: (() => void) | null = null;

  constructor(
    private readonly device: MemoryIndexedDB,
    private readonly stores: Map<string, Map<IDBValidKey, unknown>>,
  ) {}

  createObjectStore(name: string): void {
    this.stores.set(name, new Map());
  }

  transaction(storeName: string): MemoryTransaction {
    const values = this.stores.get(storeName);
    if (!values) throw new DOMException(`No object store ${storeName}.`, "NotFoundError");
    return new MemoryTransaction(this, this.device, values);
  }

  close(): void {}
}

class MemoryTransaction {
  oncomplete: (() => void) | null = null;
  onabort: (() => void) | null = null;
  onerror: (() => void) | null = null;
  error: DOMException | null = null;
  private failed = false;

  constructor(
    readonly db: MemoryDatabase,
    private readonly device: MemoryIndexedDB,
    private readonly values: Map<IDBValidKey, unknown>,
  ) {
    // Completes once the requests made in this turn have answered, as a browser's does.
    setTimeout(() => {
      if (this.failed) this.onabort?.();
      else this.oncomplete?.();
    });
  }

  objectStore(): MemoryObjectStore {
    return new MemoryObjectStore(this, this.device, this.values);
  }

  /** One request of this transaction: `work` answers its result, or throws its error. */
  request(work: () => unknown): MemoryRequest {
    const request = new MemoryRequest();
    queueMicrotask(() => {
      try {
        request.result = work();
        request.onsuccess?.();
      } catch (error) {
        request.error =
          error instanceof DOMException ? error : new DOMException(String(error), "UnknownError");
        this.failed = true;
        this.error = request.error;
        request.onerror?.();
      }
    });
    return request;
  }
}

class MemoryObjectStore {
  constructor(
    readonly transaction: MemoryTransaction,
    private readonly device: MemoryIndexedDB,
    private readonly values: Map<IDBValidKey, unknown>,
  ) {}

  /** Keys in IndexedDB's order for the string keys the app uses. */
  private sortedKeys(): IDBValidKey[] {
    this.readable();
    return [...this.values.keys()].sort((a, b) => (String(a) < String(b) ? -1 : 1));
  }

  private readable(): void {
    if (this.device.unreadable) throw new DOMException("The store is damaged.", "UnknownError");
  }

  get(key: IDBValidKey): MemoryRequest {
    return this.transaction.request(() => {
      this.readable();
      return structuredClone(this.values.get(key));
    });
  }

  getAllKeys(): MemoryRequest {
    return this.transaction.request(() => this.sortedKeys());
  }

  getAll(): MemoryRequest {
    return this.transaction.request(() =>
      this.sortedKeys().map((key) => structuredClone(this.values.get(key))),
    );
  }

  put(value: unknown, key: IDBValidKey): MemoryRequest {
    // Stored as a copy, as IndexedDB does: later changes to the object do not reach it.
    return this.transaction.request(() => {
      this.values.set(key, structuredClone(value));
      return key;
    });
  }

  delete(key: IDBValidKey): MemoryRequest {
    return this.transaction.request(() => {
      this.values.delete(key);
    });
  }

  clear(): MemoryRequest {
    return this.transaction.request(() => {
      this.values.clear();
    });
  }
}
