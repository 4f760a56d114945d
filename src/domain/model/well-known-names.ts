/** Names the controller gives its built-in objects, apart from the schemas so that pages can use them cheaply. */

/** The VRF that IP routing on an SE group is restricted to (17.2). */
export const GLOBAL_VRF_NAME = 'global';
