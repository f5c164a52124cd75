import type { ReactNode } from "react";

// A status badge (GOV.UK tag). Colour carries no meaning on its own: the text must say it all.

export type TagColour =
  | "blue"
  | "grey"
  | "green"
  | "teal"
  | "turquoise"
  | "purple"
  | "magenta"
  | "pink"
  | "red"
  | "orange"
  | "yellow";

type TagProps = { colour?: TagColour; children: ReactNode; className?: string };

export function Tag({ colour = "blue", children, className }: TagProps) {
  const classes = ["govuk-tag", colour === "blue" ? "" : `govuk-tag--${colour}`, className ?? ""]
    .filter(Boolean)
    .join(" ");
  return <strong className={classes}>{children}</strong>;
}
