// Runs once when a Next.js server process starts (`next start`, `next dev`): starts the background
// jobs (lib/jobs: the audit sealer and checkpoints, the daily action escalation). NEXT_RUNTIME is
// read here, not through lib/env.ts, because Next replaces this exact expression at build time so
// the Node-only modules never reach another runtime's bundle.
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { startBackgroundJobs } = await import("./lib/jobs/background-jobs");
    startBackgroundJobs();
  }
}
