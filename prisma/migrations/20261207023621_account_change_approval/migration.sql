-- CreateEnum
CREATE TYPE "AccountChangeKind" AS ENUM ('CASE_ROLE', 'PASSWORD');

-- CreateEnum
CREATE TYPE "AccountChangeStatus" AS ENUM ('PENDING', 'APPROVED', 'REFUSED');

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "mustChangePassword" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "AccountChangeRequest" (
    "id" SERIAL NOT NULL,
    "kind" "AccountChangeKind" NOT NULL,
    "status" "AccountChangeStatus" NOT NULL DEFAULT 'PENDING',
    "userId" INTEGER NOT NULL,
    "role" "Role",
    "npuId" INTEGER,
    "providerId" INTEGER,
    "newAccount" BOOLEAN NOT NULL DEFAULT false,
    "passwordHash" TEXT,
    "requestedById" INTEGER NOT NULL,
    "requestedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "decidedById" INTEGER,
    "decidedAt" TIMESTAMP(3),

    CONSTRAINT "AccountChangeRequest_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "AccountChangeRequest_status_requestedAt_idx" ON "AccountChangeRequest"("status", "requestedAt");

-- CreateIndex
CREATE INDEX "AccountChangeRequest_userId_status_idx" ON "AccountChangeRequest"("userId", "status");

-- AddForeignKey
ALTER TABLE "AccountChangeRequest" ADD CONSTRAINT "AccountChangeRequest_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AccountChangeRequest" ADD CONSTRAINT "AccountChangeRequest_requestedById_fkey" FOREIGN KEY ("requestedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AccountChangeRequest" ADD CONSTRAINT "AccountChangeRequest_decidedById_fkey" FOREIGN KEY ("decidedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- One pending request of each kind per account: a second one would race the first to approval.
CREATE UNIQUE INDEX "AccountChangeRequest_one_pending" ON "AccountChangeRequest"("userId", "kind") WHERE "status" = 'PENDING';
