-- Invite codes are secrets shown once (issue 21, item 5): the table keeps the SHA-256 hash of the
-- normalised code (trimmed, upper case; lower-case hex, as src/app/invite-code.ts computes it) and its
-- last two characters as a hint, never the code. sha256() is built into PostgreSQL 11 and later (and
-- PGlite); pgcrypto is not needed. Before the codes are gone, the places that kept them in clear text
-- get the hint or ‹code› instead: the replies in the inbound ledger that showed a new code, and the
-- audit trail's details and raw text of invites made, used and revoked.

-- Replies that showed a code ("... dangky K7QH2MXP ..."); one code a reply.
UPDATE "inbound_message" AS m
SET "reply" = replace(m."reply", i."code", '‹code›')
FROM "invite" AS i
WHERE m."reply" LIKE '%dangky %' AND i."code" <> '' AND strpos(m."reply", i."code") > 0;

-- The audit trail: the invite's id where the code names one, the hint instead of the code.
UPDATE "audit_event" AS a
SET "details" = a."details" || jsonb_build_object('inviteId', i."id")
FROM "invite" AS i
WHERE a."details" ? 'code' AND NOT a."details" ? 'inviteId' AND i."code" = a."details"->>'code'
  AND a."action" IN ('invite', 'register', 'revoke_invite');

UPDATE "audit_event"
SET "raw_text" = CASE
      WHEN "details"->>'code' <> '' THEN replace(replace("raw_text", "details"->>'code', '‹code›'), lower("details"->>'code'), '‹code›')
      ELSE "raw_text"
    END,
    "details" = ("details" - 'code') || jsonb_build_object('codeHint', right(upper(btrim("details"->>'code')), 2))
WHERE "details" ? 'code' AND "action" IN ('invite', 'register', 'revoke_invite');

-- The codes themselves: hashed in place, the unique index kept under the new column's name.
ALTER TABLE "invite" ADD COLUMN "code_hint" TEXT NOT NULL DEFAULT '';

UPDATE "invite"
SET "code_hint" = right(upper(btrim("code")), 2),
    "code" = encode(sha256(convert_to(upper(btrim("code")), 'UTF8')), 'hex');

ALTER TABLE "invite" ALTER COLUMN "code_hint" DROP DEFAULT;
ALTER TABLE "invite" RENAME COLUMN "code" TO "code_hash";
ALTER INDEX "invite_code_key" RENAME TO "invite_code_hash_key";
