// Time since the meeting started, for the chair's item screen ("1 h 05 min").

export function elapsedSince(start: Date, now: Date): string {
  const minutes = Math.max(0, Math.floor((now.getTime() - start.getTime()) / 60_000));
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  if (hours >= 24) return `${Math.floor(hours / 24)} d ${hours % 24} h`;
  return `${hours} h ${String(minutes % 60).padStart(2, "0")} min`;
}
