import { Box } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { echarts } from './echarts-setup';

type ChartOption = Parameters<ReturnType<typeof echarts.init>['setOption']>[0];

interface EChartProps {
  readonly option: ChartOption;
  /** Height in pixels; the width follows the container. */
  readonly height: number;
  /** What the chart shows, for screen readers (the figures are also in the page as text). */
  readonly label: string;
  readonly testId?: string;
}

/** An ECharts chart that follows its container's width and replaces its option when it changes. */
export function EChart({ option, height, label, testId }: EChartProps) {
  const element = useRef<HTMLDivElement>(null);
  const chart = useRef<ReturnType<typeof echarts.init> | null>(null);

  useEffect(() => {
    const node = element.current;
    if (!node) return;
    const instance = echarts.init(node, undefined, { renderer: 'svg' });
    chart.current = instance;
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(node);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption(option, { notMerge: true });
  }, [option]);

  return <Box ref={element} h={height} w="100%" role="img" aria-label={label} data-testid={testId} />;
}
