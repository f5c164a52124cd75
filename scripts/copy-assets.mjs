// Copies the images MOJ Frontend's compiled Sass refers to (url(/assets/images/icon-…)) into
// public/assets/images. The copies are committed, so `next build` needs no extra step; run this
// after upgrading @ministryofjustice/frontend, and `--check` in CI to catch a stale copy.
//
// Deliberately not copied: GOV.UK's crown, crest, favicons and GDS Transport fonts, and MOJ's
// logotypes. This is not a GOV.UK or MOJ service and may not use their identity or font.
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";

const root = process.cwd();
const from = join(root, "node_modules", "@ministryofjustice", "frontend", "moj", "assets", "images");
const to = join(root, "public", "assets", "images");
const check = process.argv.includes("--check");

const wanted = readdirSync(from).filter((name) => /^icon-[a-z0-9-]+\.svg$/.test(name));
const stale = wanted.filter((name) => {
  const target = join(to, name);
  return !existsSync(target) || !readFileSync(target).equals(readFileSync(join(from, name)));
});

if (check) {
  if (stale.length > 0) {
    console.error(
      `public/assets/images is out of date (${stale.join(", ")}): run node scripts/copy-assets.mjs`,
    );
    process.exit(1);
  }
  console.log(`public/assets/images: ${wanted.length} images up to date`);
} else {
  mkdirSync(to, { recursive: true });
  for (const name of stale) copyFileSync(join(from, name), join(to, name));
  console.log(
    `public/assets/images: ${stale.length} copied, ${wanted.length - stale.length} already up to date`,
  );
}
