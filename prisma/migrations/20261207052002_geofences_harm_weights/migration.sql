-- AlterTable
ALTER TABLE "Npu" ADD COLUMN     "boundary" JSONB;

-- AlterTable
ALTER TABLE "Offence" ADD COLUMN     "rmsHotspotCode" TEXT;

-- CreateTable
CREATE TABLE "HotspotGeofence" (
    "id" SERIAL NOT NULL,
    "hotspotId" INTEGER NOT NULL,
    "geometry" JSONB NOT NULL,
    "areaKm2" DOUBLE PRECISION NOT NULL,
    "minLat" DOUBLE PRECISION NOT NULL,
    "minLon" DOUBLE PRECISION NOT NULL,
    "maxLat" DOUBLE PRECISION NOT NULL,
    "maxLon" DOUBLE PRECISION NOT NULL,
    "activeFrom" DATE NOT NULL,
    "activeTo" DATE,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "HotspotGeofence_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "HarmWeight" (
    "id" SERIAL NOT NULL,
    "offenceCode" TEXT NOT NULL,
    "weight" DOUBLE PRECISION NOT NULL,
    "effectiveFrom" DATE NOT NULL,
    "source" TEXT NOT NULL,
    "createdById" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "HarmWeight_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "GeofenceImport" (
    "id" SERIAL NOT NULL,
    "startedById" INTEGER,
    "status" TEXT NOT NULL DEFAULT 'CHECKED',
    "areasFile" TEXT,
    "hotspotsFile" TEXT,
    "areasText" TEXT,
    "hotspotsText" TEXT,
    "report" JSONB NOT NULL DEFAULT '{}',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" TIMESTAMP(3),

    CONSTRAINT "GeofenceImport_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "HotspotGeofence_hotspotId_activeFrom_idx" ON "HotspotGeofence"("hotspotId", "activeFrom");

-- CreateIndex
CREATE UNIQUE INDEX "HarmWeight_offenceCode_effectiveFrom_key" ON "HarmWeight"("offenceCode", "effectiveFrom");

-- AddForeignKey
ALTER TABLE "HotspotGeofence" ADD CONSTRAINT "HotspotGeofence_hotspotId_fkey" FOREIGN KEY ("hotspotId") REFERENCES "Hotspot"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HarmWeight" ADD CONSTRAINT "HarmWeight_offenceCode_fkey" FOREIGN KEY ("offenceCode") REFERENCES "OffenceCode"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Issue 17: geofence versions, harm weights and geofence uploads are history: never deleted.
create trigger case_tables_never_deleted before delete on "HotspotGeofence"
  for each statement execute function refuse_case_delete();
create trigger case_tables_never_deleted before delete on "HarmWeight"
  for each statement execute function refuse_case_delete();
create trigger case_tables_never_deleted before delete on "GeofenceImport"
  for each statement execute function refuse_case_delete();
