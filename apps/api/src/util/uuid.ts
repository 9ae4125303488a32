/** A canonical UUID: ids from clients are checked before they reach a `uuid` column (which would throw). */
export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
