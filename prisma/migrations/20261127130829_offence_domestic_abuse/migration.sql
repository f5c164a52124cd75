-- AlterTable
ALTER TABLE "Offence" ADD COLUMN     "domesticAbuse" BOOLEAN NOT NULL DEFAULT false;
