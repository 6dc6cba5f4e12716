// The headset's outbox in the browser's IndexedDB: an event written here survives a reload or the browser being
// killed (the write is durable before it resolves), so a help request pressed while the link is down is sent later.

const databases = {};

function database(headsetId) {
  databases[headsetId] ??= new Promise((resolve, reject) => {
    const request = indexedDB.open(`kap-headset-${headsetId}`, 1);
    request.onupgradeneeded = () => request.result.createObjectStore('outbox');
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  return databases[headsetId];
}

const key = (shelf, sequence) => `${shelf}/${String(sequence).padStart(12, '0')}`;

function done(transaction) {
  return new Promise((resolve, reject) => {
    transaction.oncomplete = () => resolve();
    transaction.onerror = () => reject(transaction.error);
    transaction.onabort = () => reject(transaction.error);
  });
}

export const calls = {
  read: async (headsetId, shelf) => {
    const store = (await database(headsetId)).transaction('outbox', 'readonly').objectStore('outbox');
    const range = IDBKeyRange.bound(`${shelf}/`, `${shelf}/\uffff`);
    const [keys, values] = await Promise.all([store.getAllKeys(range), store.getAll(range)].map(r => new Promise((resolve, reject) => {
      r.onsuccess = () => resolve(r.result);
      r.onerror = () => reject(r.error);
    })));
    return JSON.stringify(keys.map((k, i) => [Number(k.slice(shelf.length + 1)), values[i]]));
  },
  write: async (headsetId, shelf, sequence, payload) => {
    const transaction = (await database(headsetId)).transaction('outbox', 'readwrite', { durability: 'strict' });
    transaction.objectStore('outbox').put(payload, key(shelf, sequence));
    await done(transaction);
  },
  move: async (headsetId, sequence, from, to) => {
    const transaction = (await database(headsetId)).transaction('outbox', 'readwrite', { durability: 'strict' });
    const store = transaction.objectStore('outbox');
    const read = store.get(key(from, sequence));
    read.onsuccess = () => {
      if (read.result !== undefined) {
        store.put(read.result, key(to, sequence));
        store.delete(key(from, sequence));
      }
    };
    await done(transaction);
  },
  remove: async (headsetId, shelf, sequence) => {
    const transaction = (await database(headsetId)).transaction('outbox', 'readwrite');
    transaction.objectStore('outbox').delete(key(shelf, sequence));
    await done(transaction);
  },
};
