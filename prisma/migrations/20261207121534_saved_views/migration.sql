-- CreateEnum
CREATE TYPE "SavedViewKind" AS ENUM ('OFFENCES', 'INTELLIGENCE', 'ACTIONS', 'REFERRALS');

-- CreateTable
CREATE TABLE "SavedView" (
    "id" SERIAL NOT NULL,
    "ownerId" INTEGER NOT NULL,
    "kind" "SavedViewKind" NOT NULL,
    "name" VARCHAR(80) NOT NULL,
    "nameKey" VARCHAR(80) NOT NULL,
    "query" VARCHAR(2000) NOT NULL,
    "sharedWith" "Role",
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "SavedView_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "SavedView_sharedWith_kind_idx" ON "SavedView"("sharedWith", "kind");

-- CreateIndex
CREATE UNIQUE INDEX "SavedView_ownerId_kind_nameKey_key" ON "SavedView"("ownerId", "kind", "nameKey");

-- AddForeignKey
ALTER TABLE "SavedView" ADD CONSTRAINT "SavedView_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
