/** Rows in the order of `keys` (null where none matched), as a DataLoader's batch function returns them. */
export function byKey<K, V>(keys: readonly K[], rows: V[], key: (row: V) => K): Array<V | null> {
  const map = new Map(rows.map((row) => [key(row), row]));
  return keys.map((k) => map.get(k) ?? null);
}
