export interface RowAction {
  label: string;
  onClick(): void;
  /** Changes configuration: disabled for read-only users. */
  isWrite?: boolean;
  isDanger?: boolean;
}
