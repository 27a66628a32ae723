import { Skeleton } from '@mantine/core';
import { type ComponentProps, lazy, Suspense } from 'react';
import type { EChart as EChartComponent } from './echart';

// ECharts is loaded with the first chart shown, not with the app: it is a chunk of its own.
const EChart = lazy(() => import('./echart').then((module) => ({ default: module.EChart })));

/** An ECharts chart, loaded on first use (a skeleton of its height until then). */
export function LazyEChart(props: ComponentProps<typeof EChartComponent>) {
  return (
    <Suspense fallback={<Skeleton h={props.height} />}>
      <EChart {...props} />
    </Suspense>
  );
}
