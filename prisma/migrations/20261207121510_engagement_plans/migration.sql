-- CreateEnum
CREATE TYPE "StakeholderKind" AS ENUM ('RESIDENTS_ASSOCIATION', 'FAITH_LEADER', 'SCHOOL', 'COMMUNITY_GROUP', 'OTHER');

-- CreateEnum
CREATE TYPE "EngagementKind" AS ENUM ('CONSULTATION', 'UPDATE', 'SURVEY', 'REVIEW');

-- CreateTable
CREATE TABLE "EngagementPlan" (
    "id" SERIAL NOT NULL,
    "hotspotId" INTEGER NOT NULL,
    "ownerId" INTEGER NOT NULL,
    "aims" TEXT NOT NULL,
    "nextUpdateDue" DATE NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "EngagementPlan_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EngagementStakeholder" (
    "id" SERIAL NOT NULL,
    "planId" INTEGER NOT NULL,
    "kind" "StakeholderKind" NOT NULL,
    "name" TEXT NOT NULL,
    "contactRole" TEXT NOT NULL,
    "addedOn" DATE NOT NULL,
    "createdById" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "EngagementStakeholder_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EngagementEntry" (
    "id" SERIAL NOT NULL,
    "planId" INTEGER NOT NULL,
    "kind" "EngagementKind" NOT NULL,
    "heldOn" DATE NOT NULL,
    "ownerId" INTEGER NOT NULL,
    "summary" TEXT NOT NULL,
    "communityAsked" TEXT NOT NULL DEFAULT '',
    "createdById" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "EngagementEntry_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "EngagementPlan_hotspotId_key" ON "EngagementPlan"("hotspotId");

-- CreateIndex
CREATE INDEX "EngagementStakeholder_planId_idx" ON "EngagementStakeholder"("planId");

-- CreateIndex
CREATE INDEX "EngagementEntry_planId_heldOn_idx" ON "EngagementEntry"("planId", "heldOn");

-- AddForeignKey
ALTER TABLE "EngagementPlan" ADD CONSTRAINT "EngagementPlan_hotspotId_fkey" FOREIGN KEY ("hotspotId") REFERENCES "Hotspot"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EngagementPlan" ADD CONSTRAINT "EngagementPlan_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EngagementStakeholder" ADD CONSTRAINT "EngagementStakeholder_planId_fkey" FOREIGN KEY ("planId") REFERENCES "EngagementPlan"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EngagementEntry" ADD CONSTRAINT "EngagementEntry_planId_fkey" FOREIGN KEY ("planId") REFERENCES "EngagementPlan"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EngagementEntry" ADD CONSTRAINT "EngagementEntry_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Engagement plans are case records: never deleted (20261127062738_integrity, refuse_case_delete).
create trigger case_tables_never_deleted before delete on "EngagementPlan"
  for each statement execute function refuse_case_delete();
create trigger case_tables_never_deleted before delete on "EngagementStakeholder"
  for each statement execute function refuse_case_delete();
create trigger case_tables_never_deleted before delete on "EngagementEntry"
  for each statement execute function refuse_case_delete();
