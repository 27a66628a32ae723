/**
 * What one incremental pass changed, for the steps after it (run-passes.ts): the nodes whose
 * early dates moved (the backward pass re-reads them, roll-ups climb from them), those whose
 * late dates moved, and whether a node that ended at the project finish moved (the finish may
 * then come earlier, and only a scan of every task tells). Reused from edit to edit.
 */
export class PassTrace {
  readonly early: number[] = [];
  readonly late: number[] = [];
  leftFinish = false;

  reset(): void {
    this.early.length = 0;
    this.late.length = 0;
    this.leftFinish = false;
  }
}
