import type { Role } from '@tandem/api';

/** The demo workspace and its people. Only the owner can sign in (the others get random passwords). */
export const DEMO_WORKSPACE_NAME = 'Northwind Labs';

export const DEMO_OWNER_EMAIL = 'demo@tandem.local';

export interface DemoPerson {
  readonly email: string;
  readonly name: string;
  readonly role: Role;
}

export const DEMO_PEOPLE: readonly DemoPerson[] = [
  { email: DEMO_OWNER_EMAIL, name: 'Demo User', role: 'owner' },
  // product manager, project manager, staff engineer, and a stakeholder who follows along
  { email: 'priya.raman@northwind.example', name: 'Priya Raman', role: 'admin' },
  { email: 'marcus.feld@northwind.example', name: 'Marcus Feld', role: 'member' },
  { email: 'lena.okafor@northwind.example', name: 'Lena Okafor', role: 'member' },
  { email: 'tom.becker@northwind.example', name: 'Tom Becker', role: 'viewer' },
];
