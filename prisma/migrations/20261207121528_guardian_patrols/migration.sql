-- AlterTable
ALTER TABLE "ImportRun" ADD COLUMN     "kind" TEXT NOT NULL DEFAULT 'rms';

-- CreateTable
CREATE TABLE "PatrolDosage" (
    "id" SERIAL NOT NULL,
    "hotspotId" INTEGER NOT NULL,
    "day" DATE NOT NULL,
    "patrolType" TEXT NOT NULL,
    "minutes" INTEGER NOT NULL,
    "importRunId" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PatrolDosage_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PatrolDeployment" (
    "id" SERIAL NOT NULL,
    "periodStart" DATE NOT NULL,
    "supersedesId" INTEGER,
    "reason" TEXT,
    "recordedById" INTEGER,
    "recordedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PatrolDeployment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PatrolDeploymentArm" (
    "deploymentId" INTEGER NOT NULL,
    "hotspotId" INTEGER NOT NULL,
    "arm" TEXT NOT NULL,

    CONSTRAINT "PatrolDeploymentArm_pkey" PRIMARY KEY ("deploymentId","hotspotId")
);

-- CreateIndex
CREATE INDEX "PatrolDosage_day_idx" ON "PatrolDosage"("day");

-- CreateIndex
CREATE UNIQUE INDEX "PatrolDosage_hotspotId_day_patrolType_key" ON "PatrolDosage"("hotspotId", "day", "patrolType");

-- CreateIndex
CREATE UNIQUE INDEX "PatrolDeployment_supersedesId_key" ON "PatrolDeployment"("supersedesId");

-- CreateIndex
CREATE INDEX "PatrolDeployment_periodStart_idx" ON "PatrolDeployment"("periodStart");

-- AddForeignKey
ALTER TABLE "PatrolDosage" ADD CONSTRAINT "PatrolDosage_hotspotId_fkey" FOREIGN KEY ("hotspotId") REFERENCES "Hotspot"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PatrolDosage" ADD CONSTRAINT "PatrolDosage_importRunId_fkey" FOREIGN KEY ("importRunId") REFERENCES "ImportRun"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PatrolDeployment" ADD CONSTRAINT "PatrolDeployment_supersedesId_fkey" FOREIGN KEY ("supersedesId") REFERENCES "PatrolDeployment"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PatrolDeploymentArm" ADD CONSTRAINT "PatrolDeploymentArm_deploymentId_fkey" FOREIGN KEY ("deploymentId") REFERENCES "PatrolDeployment"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PatrolDeploymentArm" ADD CONSTRAINT "PatrolDeploymentArm_hotspotId_fkey" FOREIGN KEY ("hotspotId") REFERENCES "Hotspot"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- ─── Hand-written: what the app must never do ────────────────────────────────
-- Patrol dosage and deployments are the evaluation's evidence (a Home Office return): never deleted.
create trigger case_tables_never_deleted before delete on "PatrolDosage"
  for each statement execute function refuse_case_delete();
create trigger case_tables_never_deleted before delete on "PatrolDeployment"
  for each statement execute function refuse_case_delete();
create trigger case_tables_never_deleted before delete on "PatrolDeploymentArm"
  for each statement execute function refuse_case_delete();

alter table "PatrolDosage"
  add constraint "PatrolDosage_minutes_check" check ("minutes" between 1 and 1440);
alter table "PatrolDeploymentArm"
  add constraint "PatrolDeploymentArm_arm_check" check ("arm" in ('TREATMENT', 'CONTROL'));
-- A correction says why (the first record of a period has no reason to give).
alter table "PatrolDeployment"
  add constraint "PatrolDeployment_reason_check"
  check ("supersedesId" is null or length(trim(coalesce("reason", ''))) > 0);

-- A deployment is recorded once: no UPDATE, ever (a correction is a new row naming the one it
-- supersedes). Statement-level, like the delete guard, so no code path can issue one.
create function refuse_patrol_deployment_update() returns trigger language plpgsql as $$
begin
  raise exception 'UPDATE on "%" is refused: a deployment is recorded once; record a correction instead', tg_table_name
    using errcode = 'CG001';
end
$$;
create trigger patrol_deployment_never_updated before update on "PatrolDeployment"
  for each statement execute function refuse_patrol_deployment_update();
create trigger patrol_deployment_never_updated before update on "PatrolDeploymentArm"
  for each statement execute function refuse_patrol_deployment_update();
