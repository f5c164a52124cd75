// DTO types the data functions return: client components may import them (this file imports nothing
// server-side); the data functions live in server/.

export type DemoAccountListing = { email: string; name: string; roleLabel: string; summary: string };
