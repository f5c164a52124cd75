import NextAuth from "next-auth";
import type { NextRequest } from "next/server";
import { authOptions } from "@/lib/auth/server/auth-options";

// next-auth v4's App Router handler (sign-in callbacks, CSRF token, providers, sign-out, session).
// The options are built per request from the validated settings, not at import: `next build`
// imports this module without AUTH_SECRET.

type Context = { params: Promise<{ nextauth: string[] }> };

async function handler(request: NextRequest, context: Context): Promise<Response> {
  return NextAuth(request, context, authOptions());
}

export { handler as GET, handler as POST };
