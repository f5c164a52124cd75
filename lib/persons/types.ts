// DTO types the data functions return: client components may import them (this file imports nothing
// server-side); the data functions live in server/.

export type PersonMatch = {
  id: number;
  surname: string;
  forenames: string;
  dateOfBirth: Date | null;
  npu: string | null;
  offenceCount: number;
  sameDateOfBirth: boolean;
};
