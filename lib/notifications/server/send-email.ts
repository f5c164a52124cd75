import "server-only";
import { createTransport } from "nodemailer";
import { getEnv } from "@/lib/env";

export type EmailResult = { sent: boolean };

/**
 * Sends one plain-text email when SMTP_URL is set; without it, does nothing and says so. A mail
 * server that is down never breaks the change that asked for the email: the failure is logged and
 * the in-app notification still stands.
 */
export async function sendEmail({
  to,
  subject,
  text,
}: {
  to: string;
  subject: string;
  text: string;
}): Promise<EmailResult> {
  const smtpUrl = getEnv().SMTP_URL;
  if (!smtpUrl) return { sent: false };
  try {
    const transport = createTransport(smtpUrl);
    await transport.sendMail({ from: "Captiva Guardian <no-reply@captiva.invalid>", to, subject, text });
    return { sent: true };
  } catch (error) {
    console.error("[email] not sent:", error instanceof Error ? error.message : "unknown error");
    return { sent: false };
  }
}
