// Harm weights per Home Office offence code (issue 17; domain.md "Hotspots, harm and patrols").
//
// Method: the Cambridge Crime Harm Index (Sherman, L., Neyroud, P. W. & Neyroud, E. (2016) "The
// Cambridge Crime Harm Index: Measuring Total Harm from Crime Based on Sentencing Guidelines",
// Policing: A Journal of Policy and Practice 10(3), 171-183; Institute of Criminology, University
// of Cambridge): each offence weighs the starting-point sentence, in days, that the Sentencing
// Council guidelines give a first offender. The values below are ILLUSTRATIVE starting points in
// that style for the synthetic demo, not the published table: a force loads the published CCHI
// values through the harm weights screen (each change dated and audited).

export const HARM_SOURCE_DEFAULT =
  "Illustrative starting points (days) after the Cambridge Crime Harm Index method (Sherman, Neyroud & Neyroud 2016); replace with the published table";

/** The day the default weights apply from: before any offence the app holds. */
export const HARM_DEFAULT_FROM = "2000-01-01";

export const DEFAULT_HARM_WEIGHTS: Readonly<Record<string, number>> = {
  "1": 5475, // homicide
  "2": 3650, // attempted murder
  "3B": 365, // threats to kill
  "5D": 1460, // assault with intent to cause serious harm
  "8N": 270, // assault with injury
  "34A": 1095, // robbery of business property
  "34B": 730, // robbery of personal property
  "10D": 180, // possession of a bladed article
  "19C": 1825, // rape offences
  "19D": 1825,
  "19E": 1825,
  "19F": 1825,
  "19G": 1825,
  "19H": 1825,
  "17A": 365, // sexual assault
  "17B": 365,
  "20A": 365,
  "20B": 365,
};

/** The weight used for a code the table does not list: 0, so it never inflates a share. */
export const UNLISTED_WEIGHT = 0;
