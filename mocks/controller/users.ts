/**
 * The mock controller's users: the ONE place the demo credentials are defined. The CLI prints them and the
 * README lists them.
 */
export interface MockUser {
  username: string;
  password: string;
  fullName: string;
  email: string;
  /** Role name, as the controller's role objects are named. */
  role: 'System-Admin' | 'Application-Operator';
  /** A read-only user gets 403 on every write. */
  readOnly: boolean;
  superuser: boolean;
}

export const mockUsers: readonly MockUser[] = [
  {
    username: 'admin',
    password: 'avi123',
    fullName: 'System Administrator',
    email: 'admin@example.com',
    role: 'System-Admin',
    readOnly: false,
    superuser: true,
  },
  {
    username: 'viewer',
    password: 'viewer123',
    fullName: 'Read-Only Operator',
    email: 'viewer@example.com',
    role: 'Application-Operator',
    readOnly: true,
    superuser: false,
  },
];

export const demoCredentials = {
  admin: { username: 'admin', password: 'avi123' },
  readOnly: { username: 'viewer', password: 'viewer123' },
} as const;

export function findUser(username: string, password: string): MockUser | undefined {
  return mockUsers.find((u) => u.username === username && u.password === password);
}

export function userByName(username: string): MockUser | undefined {
  return mockUsers.find((u) => u.username === username);
}
