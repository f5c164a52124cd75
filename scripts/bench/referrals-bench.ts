// The interventions case of `npm run bench` (issue 5): the effectiveness view reads every referral
// and its persons' knife-used offences, so it grows with the force's referrals.
import type { Actor } from "../../lib/auth/actor";
import { getReferralEffectiveness } from "../../lib/referrals/server/get-referral-effectiveness";

export async function benchReferrals(log: (line: string) => void, chair: Actor, runs: number): Promise<void> {
  await getReferralEffectiveness({ actor: chair }); // warm-up, as for the lists
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await getReferralEffectiveness({ actor: chair });
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  log(
    `getReferralEffectiveness: median ${times[Math.floor(runs / 2)]!.toFixed(1)} ms, max ${times[runs - 1]!.toFixed(1)} ms`,
  );
}
