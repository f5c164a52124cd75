import "server-only";
import { getPrisma } from "@/lib/db/server/prisma";
import { getEnv } from "@/lib/env";
import { sendEmail } from "@/lib/notifications/server/send-email";

/**
 * After the change has committed: emails each notification to its (active) user when SMTP is
 * configured and marks it emailed. Without SMTP_URL it returns 0 and nothing else happens.
 */
export async function emailNotifications(ids: number[]): Promise<number> {
  if (ids.length === 0 || !getEnv().SMTP_URL) return 0;
  const prisma = getPrisma();
  const rows = await prisma.notification.findMany({
    where: { id: { in: ids }, emailedAt: null, user: { disabledAt: null } },
    select: { id: true, link: true, user: { select: { email: true } } },
  });
  let sent = 0;
  for (const row of rows) {
    // Email leaves the force's systems: it says only that there is something to read, never the
    // action's text (which may name a case or a person).
    const text = `You have a new notification in Captiva Guardian.${row.link ? ` Sign in and open ${row.link} to read it.` : " Sign in to read it."}`;
    const result = await sendEmail({
      to: row.user.email,
      subject: "Captiva Guardian: action reminder",
      text,
    });
    if (!result.sent) continue;
    await prisma.notification.update({ where: { id: row.id }, data: { emailedAt: new Date() } });
    sent++;
  }
  return sent;
}
