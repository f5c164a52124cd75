-- AlterTable
ALTER TABLE "Person" ADD COLUMN     "importRunId" INTEGER;

-- CreateIndex
CREATE INDEX "Person_importRunId_id_idx" ON "Person"("importRunId", "id");

-- AddForeignKey
ALTER TABLE "Person" ADD CONSTRAINT "Person_importRunId_fkey" FOREIGN KEY ("importRunId") REFERENCES "ImportRun"("id") ON DELETE SET NULL ON UPDATE CASCADE;
