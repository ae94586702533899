-- CreateEnum
CREATE TYPE "Structure" AS ENUM ('pre2025', 'post2025');

-- CreateEnum
CREATE TYPE "UnitLevel" AS ENUM ('province', 'district', 'commune');

-- CreateEnum
CREATE TYPE "SuccessionPart" AS ENUM ('full', 'partial');

-- CreateEnum
CREATE TYPE "Confidence" AS ENUM ('high', 'medium', 'low');

-- CreateEnum
CREATE TYPE "Channel" AS ENUM ('console', 'telegram', 'zalo');

-- CreateEnum
CREATE TYPE "ChatKind" AS ENUM ('private', 'group');

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('admin', 'official', 'focal_point');

-- CreateEnum
CREATE TYPE "SourceKind" AS ENUM ('document', 'submission', 'import');

-- CreateEnum
CREATE TYPE "ReportStatus" AS ENUM ('active', 'superseded', 'withdrawn', 'pending');

-- CreateEnum
CREATE TYPE "TargetKind" AS ENUM ('plan', 'assigned');

-- CreateEnum
CREATE TYPE "DeliveryStatus" AS ENUM ('pending', 'sent', 'failed', 'skipped');

-- CreateTable
CREATE TABLE "unit" (
    "id" SERIAL NOT NULL,
    "structure" "Structure" NOT NULL,
    "level" "UnitLevel" NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "full_name" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "type_code" TEXT NOT NULL,
    "name_en" TEXT NOT NULL,
    "code_name" TEXT NOT NULL,
    "parent_id" INTEGER,
    "valid_from" DATE,
    "valid_to" DATE,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "unit_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "succession" (
    "id" SERIAL NOT NULL,
    "from_unit_id" INTEGER NOT NULL,
    "to_unit_id" INTEGER NOT NULL,
    "part" "SuccessionPart",
    "confidence" "Confidence" NOT NULL,
    "sources" TEXT NOT NULL,

    CONSTRAINT "succession_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "report" (
    "id" SERIAL NOT NULL,
    "unit_id" INTEGER NOT NULL,
    "period" TEXT,
    "period_start" DATE,
    "period_end" DATE,
    "as_of" DATE,
    "series_key" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "status" "ReportStatus" NOT NULL DEFAULT 'active',
    "source_kind" "SourceKind" NOT NULL,
    "source_document" TEXT,
    "source_date" DATE,
    "source_note" TEXT,
    "submitted_by_id" INTEGER,
    "channel" "Channel",
    "message_key" TEXT,
    "raw_text" TEXT,
    "on_time" BOOLEAN,
    "supersedes_id" INTEGER,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "report_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "report_count" (
    "id" SERIAL NOT NULL,
    "report_id" INTEGER NOT NULL,
    "key" TEXT NOT NULL,
    "value" INTEGER NOT NULL,

    CONSTRAINT "report_count_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "report_rate" (
    "id" SERIAL NOT NULL,
    "report_id" INTEGER NOT NULL,
    "indicator" TEXT NOT NULL,
    "percent" DECIMAL(7,4) NOT NULL,
    "numerator" INTEGER,
    "denominator" INTEGER,
    "denominator_note" TEXT,

    CONSTRAINT "report_rate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "target" (
    "id" SERIAL NOT NULL,
    "unit_id" INTEGER NOT NULL,
    "indicator" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "percent" DECIMAL(7,4) NOT NULL,
    "kind" "TargetKind" NOT NULL,
    "source_document" TEXT NOT NULL,
    "source_date" DATE,
    "note" TEXT,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "target_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "person" (
    "id" SERIAL NOT NULL,
    "display_name" TEXT NOT NULL,
    "language" TEXT,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "person_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "chat_identity" (
    "id" SERIAL NOT NULL,
    "person_id" INTEGER NOT NULL,
    "channel" "Channel" NOT NULL,
    "external_user_id" TEXT NOT NULL,
    "display_name" TEXT,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "chat_identity_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "assignment" (
    "id" SERIAL NOT NULL,
    "person_id" INTEGER NOT NULL,
    "unit_id" INTEGER NOT NULL,
    "role" "Role" NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "revoked_at" TIMESTAMP(3),

    CONSTRAINT "assignment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "invite" (
    "id" SERIAL NOT NULL,
    "code" TEXT NOT NULL,
    "unit_id" INTEGER NOT NULL,
    "role" "Role" NOT NULL,
    "created_by_id" INTEGER,
    "expires_at" TIMESTAMP(3) NOT NULL,
    "used_at" TIMESTAMP(3),
    "used_by_id" INTEGER,
    "revoked_at" TIMESTAMP(3),
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "invite_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "chat" (
    "id" SERIAL NOT NULL,
    "channel" "Channel" NOT NULL,
    "external_chat_id" TEXT NOT NULL,
    "kind" "ChatKind" NOT NULL,
    "title" TEXT,
    "unit_id" INTEGER,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "chat_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "reporting_schedule" (
    "id" SERIAL NOT NULL,
    "key" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "period_type" TEXT NOT NULL,
    "due_rule" TEXT NOT NULL,
    "offsets_days" INTEGER[],
    "send_hour" INTEGER NOT NULL DEFAULT 8,
    "timezone" TEXT NOT NULL DEFAULT 'Asia/Ho_Chi_Minh',
    "audience_level" "UnitLevel" NOT NULL,
    "province_id" INTEGER,
    "escalate_to" "Role" NOT NULL DEFAULT 'official',
    "active" BOOLEAN NOT NULL DEFAULT true,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "reporting_schedule_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "reminder_delivery" (
    "id" SERIAL NOT NULL,
    "schedule_id" INTEGER NOT NULL,
    "period" TEXT NOT NULL,
    "offset_days" INTEGER NOT NULL,
    "chat_id" INTEGER NOT NULL,
    "status" "DeliveryStatus" NOT NULL DEFAULT 'pending',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "last_error" TEXT,
    "job_id" TEXT,
    "sent_at" TIMESTAMP(3),
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "reminder_delivery_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "holiday" (
    "id" SERIAL NOT NULL,
    "date" DATE NOT NULL,
    "name" TEXT NOT NULL,

    CONSTRAINT "holiday_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "conversation_state" (
    "id" SERIAL NOT NULL,
    "channel" "Channel" NOT NULL,
    "external_chat_id" TEXT NOT NULL,
    "external_user_id" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "payload" JSONB NOT NULL,
    "expires_at" TIMESTAMP(3) NOT NULL,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "conversation_state_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "inbound_message" (
    "id" SERIAL NOT NULL,
    "channel" "Channel" NOT NULL,
    "external_chat_id" TEXT NOT NULL,
    "external_message_id" TEXT NOT NULL,
    "reply" TEXT,
    "received_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "inbound_message_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "audit_event" (
    "id" SERIAL NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actor_id" INTEGER,
    "channel" "Channel",
    "action" TEXT NOT NULL,
    "unit_id" INTEGER,
    "report_id" INTEGER,
    "raw_text" TEXT,
    "details" JSONB,

    CONSTRAINT "audit_event_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "unit_parent_id_idx" ON "unit"("parent_id");

-- CreateIndex
CREATE UNIQUE INDEX "unit_structure_level_code_key" ON "unit"("structure", "level", "code");

-- CreateIndex
CREATE INDEX "succession_to_unit_id_idx" ON "succession"("to_unit_id");

-- CreateIndex
CREATE UNIQUE INDEX "succession_from_unit_id_to_unit_id_key" ON "succession"("from_unit_id", "to_unit_id");

-- CreateIndex
CREATE UNIQUE INDEX "report_message_key_key" ON "report"("message_key");

-- CreateIndex
CREATE UNIQUE INDEX "report_supersedes_id_key" ON "report"("supersedes_id");

-- CreateIndex
CREATE INDEX "report_unit_id_status_idx" ON "report"("unit_id", "status");

-- CreateIndex
CREATE UNIQUE INDEX "report_unit_id_period_series_key_version_key" ON "report"("unit_id", "period", "series_key", "version");

-- CreateIndex
CREATE UNIQUE INDEX "report_count_report_id_key_key" ON "report_count"("report_id", "key");

-- CreateIndex
CREATE UNIQUE INDEX "report_rate_report_id_indicator_key" ON "report_rate"("report_id", "indicator");

-- CreateIndex
CREATE UNIQUE INDEX "target_unit_id_indicator_year_source_document_key" ON "target"("unit_id", "indicator", "year", "source_document");

-- CreateIndex
CREATE INDEX "chat_identity_person_id_idx" ON "chat_identity"("person_id");

-- CreateIndex
CREATE UNIQUE INDEX "chat_identity_channel_external_user_id_key" ON "chat_identity"("channel", "external_user_id");

-- CreateIndex
CREATE INDEX "assignment_unit_id_idx" ON "assignment"("unit_id");

-- CreateIndex
CREATE UNIQUE INDEX "assignment_person_id_unit_id_role_key" ON "assignment"("person_id", "unit_id", "role");

-- CreateIndex
CREATE UNIQUE INDEX "invite_code_key" ON "invite"("code");

-- CreateIndex
CREATE UNIQUE INDEX "chat_channel_external_chat_id_key" ON "chat"("channel", "external_chat_id");

-- CreateIndex
CREATE UNIQUE INDEX "reporting_schedule_key_key" ON "reporting_schedule"("key");

-- CreateIndex
CREATE UNIQUE INDEX "reminder_delivery_schedule_id_period_offset_days_chat_id_key" ON "reminder_delivery"("schedule_id", "period", "offset_days", "chat_id");

-- CreateIndex
CREATE UNIQUE INDEX "holiday_date_key" ON "holiday"("date");

-- CreateIndex
CREATE UNIQUE INDEX "conversation_state_channel_external_chat_id_external_user_i_key" ON "conversation_state"("channel", "external_chat_id", "external_user_id");

-- CreateIndex
CREATE UNIQUE INDEX "inbound_message_channel_external_chat_id_external_message_i_key" ON "inbound_message"("channel", "external_chat_id", "external_message_id");

-- CreateIndex
CREATE INDEX "audit_event_unit_id_at_idx" ON "audit_event"("unit_id", "at");

-- AddForeignKey
ALTER TABLE "unit" ADD CONSTRAINT "unit_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "unit"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "succession" ADD CONSTRAINT "succession_from_unit_id_fkey" FOREIGN KEY ("from_unit_id") REFERENCES "unit"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "succession" ADD CONSTRAINT "succession_to_unit_id_fkey" FOREIGN KEY ("to_unit_id") REFERENCES "unit"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "report" ADD CONSTRAINT "report_unit_id_fkey" FOREIGN KEY ("unit_id") REFERENCES "unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "report" ADD CONSTRAINT "report_submitted_by_id_fkey" FOREIGN KEY ("submitted_by_id") REFERENCES "person"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "report" ADD CONSTRAINT "report_supersedes_id_fkey" FOREIGN KEY ("supersedes_id") REFERENCES "report"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "report_count" ADD CONSTRAINT "report_count_report_id_fkey" FOREIGN KEY ("report_id") REFERENCES "report"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "report_rate" ADD CONSTRAINT "report_rate_report_id_fkey" FOREIGN KEY ("report_id") REFERENCES "report"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "target" ADD CONSTRAINT "target_unit_id_fkey" FOREIGN KEY ("unit_id") REFERENCES "unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "chat_identity" ADD CONSTRAINT "chat_identity_person_id_fkey" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "assignment" ADD CONSTRAINT "assignment_person_id_fkey" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "assignment" ADD CONSTRAINT "assignment_unit_id_fkey" FOREIGN KEY ("unit_id") REFERENCES "unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "invite" ADD CONSTRAINT "invite_unit_id_fkey" FOREIGN KEY ("unit_id") REFERENCES "unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "invite" ADD CONSTRAINT "invite_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "person"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "invite" ADD CONSTRAINT "invite_used_by_id_fkey" FOREIGN KEY ("used_by_id") REFERENCES "person"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "chat" ADD CONSTRAINT "chat_unit_id_fkey" FOREIGN KEY ("unit_id") REFERENCES "unit"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "reporting_schedule" ADD CONSTRAINT "reporting_schedule_province_id_fkey" FOREIGN KEY ("province_id") REFERENCES "unit"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "reminder_delivery" ADD CONSTRAINT "reminder_delivery_schedule_id_fkey" FOREIGN KEY ("schedule_id") REFERENCES "reporting_schedule"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "reminder_delivery" ADD CONSTRAINT "reminder_delivery_chat_id_fkey" FOREIGN KEY ("chat_id") REFERENCES "chat"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "audit_event" ADD CONSTRAINT "audit_event_actor_id_fkey" FOREIGN KEY ("actor_id") REFERENCES "person"("id") ON DELETE SET NULL ON UPDATE CASCADE;
