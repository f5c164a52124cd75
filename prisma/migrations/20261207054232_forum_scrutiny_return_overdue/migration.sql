-- AlterEnum
ALTER TYPE "AgendaItemKind" ADD VALUE 'SCRUTINY_TABLE';

-- AlterTable
ALTER TABLE "Decision" ADD COLUMN     "returnToForum" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "ActionItem" ADD COLUMN     "overdueNotifiedAt" TIMESTAMP(3);
