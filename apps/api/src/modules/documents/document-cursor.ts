import { KeysetCursor } from "../../graphql/relay/keyset-cursor";

/** Positions are the per-row `seq`, kept across re-syncs, so cursors survive them; bound to the session. */
export const documentCursor = (key: Buffer) => new KeysetCursor(key, "d2", [/^\d{1,18}$/]);
