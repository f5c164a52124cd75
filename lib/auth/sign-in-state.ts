// What the sign-in form shows after a submission (client-safe; the action returns it). Never holds
// the password, and the email only to fill the field in again.

export type SignInState = {
  /** One plain message for the error summary, or null. Never internal detail (issue 13 item 6). */
  error: string | null;
  fieldErrors: { email?: string; password?: string };
  email: string;
  /** Increases with each answered submission, so the summary takes focus again. */
  attempt: number;
};

export const INITIAL_SIGN_IN_STATE: SignInState = { error: null, fieldErrors: {}, email: "", attempt: 0 };
