// How every command under scripts/ ends: with its main's exit code, or, when main fails, with the
// failure described on stderr (never a bare stack for an expected refusal) and exit code 1.

/** Runs `main` and exits with its code (0 when it returns none); a failure is `describe`d and exits 1. */
export function runCommand(main: () => Promise<number | void>, describe: (error: unknown) => string): void {
  main().then(
    (code) => process.exit(code ?? 0),
    (error: unknown) => {
      console.error(describe(error));
      process.exit(1);
    },
  );
}

/** An error's message, or the thrown value as text. */
export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
