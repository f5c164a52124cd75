-- DropIndex
DROP INDEX "Investigation_status_idx";

-- CreateIndex
CREATE INDEX "Investigation_status_offenceId_idx" ON "Investigation"("status", "offenceId");

-- CreateIndex
CREATE INDEX "Investigation_nextReviewOn_offenceId_idx" ON "Investigation"("nextReviewOn", "offenceId");
