/** What a save runs, in a chunk of its own: loaded when the admin reaches Review or saves (`load-save-engine`). */
export { mapSaveError } from './error-fields';
export { buildSavePlan } from './plan';
export { rollbackWrites, runSavePlan, SaveStepError } from './run-save';
export { virtualServiceToForm } from '../model/virtual-service-form';
