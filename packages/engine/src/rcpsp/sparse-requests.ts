import type { RcpspNetwork } from './rcpsp-network';

/** Each activity's non-zero resource requests in CSR form: the decoders' inner loops skip zeros. */
export interface SparseRequests {
  /** Activity j's requests are at `offsets[j]` up to (not including) `offsets[j + 1]`. */
  readonly offsets: Int32Array;
  readonly resources: Int32Array;
  readonly quantities: Int32Array;
}

/** The non-zero entries of the network's dense activity × resource request matrix. */
export function sparseRequests(net: RcpspNetwork): SparseRequests {
  const { n, resourceCount: R, requests } = net;
  const offsets = new Int32Array(n + 1);
  for (let j = 0; j < n; j++) {
    let count = 0;
    for (let r = 0; r < R; r++) if (requests[j * R + r] > 0) count++;
    offsets[j + 1] = offsets[j] + count;
  }
  const resources = new Int32Array(offsets[n]);
  const quantities = new Int32Array(offsets[n]);
  for (let j = 0, k = 0; j < n; j++) {
    for (let r = 0; r < R; r++) {
      const q = requests[j * R + r];
      if (q > 0) {
        resources[k] = r;
        quantities[k++] = q;
      }
    }
  }
  return { offsets, resources, quantities };
}
