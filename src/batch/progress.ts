/** How progress is shown: a redrawn bar on a terminal, periodic lines otherwise, or nothing. */
export type ProgressMode = 'bar' | 'lines' | 'quiet';

/** Seconds between plain progress lines. */
const LINE_INTERVAL_S = 10;

/** Progress of a sweep's runs on a stream (stderr): runs done, rate and time left. */
export class Progress {
  private done = 0;
  private readonly t0 = Date.now();
  private lastLine = 0;

  constructor(private readonly total: number, private readonly mode: ProgressMode,
    private readonly out: NodeJS.WritableStream = process.stderr) {
    if (mode === 'bar') this.out.write(this.text(true));
  }

  /** One more run finished. */
  tick(): void {
    this.done++;
    if (this.mode === 'bar') this.out.write(`\r${this.text(true)}\x1b[K`);
    else if (this.mode === 'lines') {
      const now = Date.now();
      if (now - this.lastLine >= LINE_INTERVAL_S * 1000 && this.done < this.total) {
        this.lastLine = now;
        this.out.write(`${this.text(false)}\n`);
      }
    }
  }

  /** The last line: totals and elapsed time. */
  finish(): void {
    if (this.mode === 'quiet') return;
    if (this.mode === 'bar') this.out.write('\r\x1b[K');
    this.out.write(`${this.done}/${this.total} runs in ${clock((Date.now() - this.t0) / 1000)}\n`);
  }

  private text(bar: boolean): string {
    const elapsed = (Date.now() - this.t0) / 1000;
    const rate = elapsed > 0 ? this.done / elapsed : 0;
    const left = rate > 0 ? (this.total - this.done) / rate : NaN;
    const width = 24, filled = Math.round((width * this.done) / Math.max(1, this.total));
    const head = bar ? `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ` : '';
    return `${head}${this.done}/${this.total} runs  ${rate.toFixed(2)} runs/s  ${Number.isFinite(left) ? clock(left) : '--:--'} left`;
  }
}

/** Seconds as m:ss or h:mm:ss. */
export function clock(seconds: number): string {
  const s = Math.round(seconds);
  const hms = [Math.floor(s / 3600), Math.floor((s % 3600) / 60), s % 60];
  const [, m, sec] = hms.map((x) => String(x).padStart(2, '0'));
  return hms[0] ? `${hms[0]}:${m}:${sec}` : `${hms[1]}:${sec}`;
}
