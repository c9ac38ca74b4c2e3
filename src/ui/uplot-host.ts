/**
 * Owns one uPlot inside an element's shadow root: builds it when the series layout changes,
 * otherwise only swaps the data; follows the container's width; exports a PNG.
 */
import uPlot from 'uplot';

export type PlotData = (ArrayLike<number | null>)[];

export class UplotHost {
  private plot: uPlot | null = null;
  private layoutKey = '';
  private observer: ResizeObserver | null = null;

  constructor(private readonly height = 260) {}

  /**
   * Draws `data` into `container`. `layoutKey` names the series layout: when it changes the plot
   * is rebuilt from `options()`, otherwise only the data is replaced.
   */
  draw(container: HTMLElement, layoutKey: string, options: () => Omit<uPlot.Options, 'width' | 'height'>, data: PlotData, resetScales = true): void {
    const aligned = data as unknown as uPlot.AlignedData;
    if (!this.plot || layoutKey !== this.layoutKey || this.plot.root.parentElement !== container) {
      this.destroy();
      this.layoutKey = layoutKey;
      const width = Math.max(container.clientWidth, 280);
      this.plot = new uPlot({ ...options(), width, height: this.height }, aligned, container);
      this.observer = new ResizeObserver(() => {
        const w = Math.max(container.clientWidth, 280);
        if (this.plot && Math.abs(this.plot.width - w) > 1) this.plot.setSize({ width: w, height: this.height });
      });
      this.observer.observe(container);
    } else {
      this.plot.setData(aligned, resetScales);
    }
  }

  /** Redraws without new data (e.g. a marker moved). */
  redraw(): void {
    this.plot?.redraw(false, false);
  }

  /** The chart (series and axes) as a PNG blob. */
  png(): Promise<Blob | null> {
    const canvas = this.plot?.ctx.canvas;
    return canvas ? new Promise((resolve) => canvas.toBlob(resolve, 'image/png')) : Promise.resolve(null);
  }

  destroy(): void {
    this.observer?.disconnect();
    this.observer = null;
    this.plot?.destroy();
    this.plot = null;
  }
}

/** An x axis of calendar years: whole years only, no thousands separator. */
export function yearAxis(label: string): uPlot.Axis {
  return { label, incrs: [1, 2, 5, 10, 20, 50, 100], values: (_u, splits) => splits.map((v) => (Number.isInteger(v) ? String(v) : '')) };
}

/** Okabe & Ito (2008) colour-blind-safe palette. */
export const OKABE_ITO = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#F0E442', '#000000'] as const;
