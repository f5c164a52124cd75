// DTO types the providers' data functions return: client components may import them (this file
// imports nothing server-side); the data functions live in server/.

/** One provider for the administrator's edit form. */
export type ProviderDetail = {
  id: number;
  name: string;
  type: string;
  pathways: string[];
  areaCovered: string;
  contactRoute: string;
  active: boolean;
  version: number;
};
