-- CreateTable
CREATE TABLE "ImportFile" (
    "runId" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "bytes" BYTEA NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ImportFile_pkey" PRIMARY KEY ("runId","kind")
);

-- AddForeignKey
ALTER TABLE "ImportFile" ADD CONSTRAINT "ImportFile_runId_fkey" FOREIGN KEY ("runId") REFERENCES "ImportRun"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
