-- Files kept for a day so that a channel that cannot upload (Zalo) can link to them (issue 22): a
-- chart's PNG served at /charts/<id>.png, a workbook at /files/<id>.xlsx. The id is 144 random bits
-- in base64url; the retention job deletes expired rows.
CREATE TABLE "attachment" (
    "id" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "file_name" TEXT NOT NULL,
    "mime_type" TEXT NOT NULL,
    "bytes" BYTEA NOT NULL,
    "expires_at" TIMESTAMP(3) NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "attachment_pkey" PRIMARY KEY ("id")
);

CREATE INDEX "attachment_expires_at_idx" ON "attachment"("expires_at");
