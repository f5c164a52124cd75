// Expected failures, each with the one message a user sees. Data code throws `new AppError(code)`;
// the action wrapper turns it into `{ ok: false, error }`. Anything that is not an AppError is a bug:
// it is logged and the user gets INTERNAL's generic message, never the error's own text.

export const ERROR_MESSAGES = {
  UNAUTHENTICATED: "Your session has ended. Sign in again.",
  FORBIDDEN: "You do not have permission to do that.",
  NOT_FOUND: "That record could not be found.",
  CONFLICT:
    "Someone else changed this record while you were editing it. Check the current details and try again.",
  VALIDATION: "Check the details you entered.",
  RATE_LIMITED: "Too many attempts. Wait 15 minutes and try again.",
  SIGN_IN_FAILED: "Enter a correct email address and password.",
  SSO_NO_ACCOUNT: "Your single sign-on account is not registered for this service. Ask an administrator.",
  SSO_FAILED: "Single sign-on did not work. Try again, or sign in with your email address and password.",
  REASON_REQUIRED: "Give a reason for viewing this record.",
  BUSY: "The service is busy. Wait a few seconds and try again; nothing was changed.",
  INTERNAL: "Something went wrong. Try again, and if it keeps happening tell the service desk.",
} as const;

export type AppErrorCode = keyof typeof ERROR_MESSAGES;

export type FieldErrors = Record<string, string[]>;

export class AppError extends Error {
  readonly code: AppErrorCode;
  readonly fieldErrors?: FieldErrors;
  /** Extra context for logs and audit rows; never shown to the user. */
  readonly detail?: Record<string, unknown>;

  constructor(
    code: AppErrorCode,
    options: { message?: string; fieldErrors?: FieldErrors; detail?: Record<string, unknown> } = {},
  ) {
    super(options.message ?? ERROR_MESSAGES[code]);
    this.name = "AppError";
    this.code = code;
    this.fieldErrors = options.fieldErrors;
    this.detail = options.detail;
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}
