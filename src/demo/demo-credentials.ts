/** Demo mode only: the mock controller's demo accounts, shown on the sign-in page. */
export { demoCredentials } from '@mocks/controller/users';
