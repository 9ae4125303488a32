"use strict";
// The practical ceiling's SQL (support/ceiling-child.js), also costed by db-cost.js.

/** Session lookup by token hash: one indexed row. */
const SESSION_SQL = `SELECT id, status, consent_valid_till, documents_synced_at, profile_enc FROM consent_sessions WHERE session_token_hash = $1`;

/**
 * The page and its count in one statement, written plainly: the count reads the (session_id, seq)
 * index, the page is a keyset range on it. $1 session id, $2 after seq (or null), $3 limit.
 */
const PAGE_SQL = `SELECT t.total, p.* FROM (SELECT count(*) AS total FROM issued_documents WHERE session_id = $1) t
 LEFT JOIN LATERAL (
   SELECT id, seq::text AS seq, session_id, uri_hmac, uri_enc, name, doctype, description_enc, issuer, issuer_id, issued_on::text AS issued_on, mime_types
   FROM issued_documents WHERE session_id = $1 AND ($2::bigint IS NULL OR issued_documents.seq > $2::bigint) ORDER BY issued_documents.seq LIMIT $3
 ) p ON true`;

module.exports = { PAGE_SQL, SESSION_SQL };
