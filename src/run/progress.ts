// A one-line progress bar on stderr (files done/total, articles per second, time
// left, errors), redrawn at most a few times a second.
export class Progress {
  private done = 0;
  private errors = 0;
  private total: number | null = null;
  private lastDraw = 0;
  private readonly started = Date.now();

  constructor(private readonly stream: NodeJS.WriteStream) {}

  setTotal(total: number): void {
    this.total = total;
  }

  tick(failed: boolean): void {
    this.done++;
    if (failed) this.errors++;
    const now = Date.now();
    if (now - this.lastDraw >= 200) {
      this.lastDraw = now;
      this.draw();
    }
  }

  private draw(): void {
    const seconds = Math.max(0.001, (Date.now() - this.started) / 1000);
    const rate = this.done / seconds;
    const width = Math.max(10, Math.min(30, (this.stream.columns ?? 80) - 60));
    const share = this.total ? Math.min(1, this.done / this.total) : 0;
    const bar = this.total ? '█'.repeat(Math.round(share * width)).padEnd(width, '░') : '';
    const left = this.total && rate > 0 ? `${Math.ceil((this.total - this.done) / rate)} s left` : '';
    const parts = [bar, `${this.done}/${this.total ?? '?'} files`, `${rate.toFixed(1)} art/s`, left, `${this.errors} errors`].filter(Boolean);
    this.stream.write(`\r\x1b[2K${parts.join('  ')}`);
  }

  clear(): void {
    this.stream.write('\r\x1b[2K');
  }
}
