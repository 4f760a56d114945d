import { ApiError, ControllerUnreachableError } from '@/api/errors';

/** What the sign-in form says when the controller refuses or cannot be reached. */
export function signInErrorMessage(error: unknown): string {
  if (error instanceof ApiError) {
    if (error.status === 401 || error.status === 403) return 'The username or password is incorrect.';
    if (error.status === 502 || error.status === 503 || error.status === 504) {
      return `The controller could not be reached (${error.status}). Check that it is running and that the console's proxy points to it.`;
    }
    return `The controller refused the sign-in: ${error.message}`;
  }
  if (error instanceof ControllerUnreachableError) return error.message;
  return error instanceof Error ? error.message : String(error);
}
