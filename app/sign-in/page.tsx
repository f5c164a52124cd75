import type { Metadata } from "next";
import { NarrowPage } from "@/components/ui/narrow-page";
import { redirect } from "next/navigation";
import { connection } from "next/server";
import { SignInForm } from "@/components/auth/sign-in-form";
import { DemoAccounts } from "@/components/auth/demo-accounts";
import { getActor } from "@/lib/auth/server/get-actor";
import { getDemoAccounts } from "@/lib/auth/server/get-demo-accounts";
import { oidcSettings } from "@/lib/auth/server/oidc-settings";
import { signInErrorMessage } from "@/lib/auth/sign-in-errors";
import { safeCallbackPath } from "@/lib/auth/callback-url";
import { getEnv } from "@/lib/env";

export const metadata: Metadata = { title: "Sign in" };

type SearchParams = Promise<{
  callbackUrl?: string | string[];
  error?: string | string[];
  ended?: string;
  signedOut?: string;
}>;

export default async function SignInPage({ searchParams }: { searchParams: SearchParams }) {
  await connection();
  const params = await searchParams;
  const callbackUrl = safeCallbackPath(first(params.callbackUrl), getEnv().AUTH_URL);

  if (await getActor()) redirect(callbackUrl);

  const [demo, sso] = [await getDemoAccounts().catch(() => null), oidcSettings()];
  const notice = noticeFor(params);

  return (
    <NarrowPage>
      {notice ? (
        <div
          className="govuk-notification-banner"
          role="region"
          aria-labelledby="sign-in-notice-title"
          data-testid="sign-in-notice"
        >
          <div className="govuk-notification-banner__header">
            <h2 className="govuk-notification-banner__title" id="sign-in-notice-title">
              Important
            </h2>
          </div>
          <div className="govuk-notification-banner__content">
            <p className="govuk-notification-banner__heading">{notice}</p>
          </div>
        </div>
      ) : null}
      <h1 className="govuk-heading-l">Sign in</h1>
      <SignInForm
        callbackUrl={callbackUrl}
        initialError={signInErrorMessage(first(params.error))}
        ssoName={sso?.name ?? null}
      />
      {demo ? <DemoAccounts password={demo.password} accounts={demo.accounts} /> : null}
    </NarrowPage>
  );
}

function noticeFor(params: { ended?: string; signedOut?: string }): string | null {
  const { SESSION_IDLE_MINUTES } = getEnv();
  if (params.signedOut === "everywhere") return "You have been signed out on every device.";
  if (params.signedOut) return "You have signed out.";
  if (params.ended === "idle")
    return `You were signed out because you had not done anything for ${SESSION_IDLE_MINUTES} minutes.`;
  if (params.ended) return "Your session has ended. Sign in again to continue.";
  return null;
}

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);
