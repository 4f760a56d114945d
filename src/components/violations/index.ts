export { ViolationAlert } from './ViolationAlert';
export { remedyText } from './remedy-text';
