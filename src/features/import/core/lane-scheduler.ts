// Bounded concurrency for an import: a fixed number of lanes take the next queued item each.
// Pausing holds every lane before its next item (the items in flight finish); stopping ends
// the lanes; a gate holds every lane, not just the one that was told, until a time (a 429's
// Retry-After applies to the whole client).

export interface LaneSchedulerOptions {
  now(): number;
  sleep(ms: number, signal: AbortSignal): Promise<void>;
  /** Aborted when the run is cancelled (ends a wait at the gate). */
  signal: AbortSignal;
}

export class LaneScheduler {
  private queue: number[] = [];
  private cursor = 0;
  private inFlight = 0;
  private paused = false;
  private stopped = false;
  private gateUntil = 0;
  private wakeUp: (() => void)[] = [];
  private idleWaiters: (() => void)[] = [];

  constructor(private readonly opts: LaneSchedulerOptions) {}

  /** Sets the items to work through, not paused (drain() starts the lanes). */
  load(queue: number[]): void {
    this.queue = queue;
    this.cursor = 0;
    this.paused = false;
  }

  /** Runs work(item) for each loaded item on `lanes` lanes; resolves when the queue is drained or the scheduler stopped. */
  async drain({ lanes, work }: { lanes: number; work(item: number): Promise<void> }): Promise<void> {
    await Promise.all(Array.from({ length: Math.max(1, Math.floor(lanes)) }, () => this.lane(work)));
  }

  pause(): void {
    this.paused = true;
  }

  resume(): void {
    this.paused = false;
    this.wake();
  }

  stop(): void {
    this.stopped = true;
    this.wake();
  }

  /** Resolves once no item is in flight. */
  idle(): Promise<void> {
    if (this.inFlight === 0) return Promise.resolve();
    return new Promise<void>((resolve) => this.idleWaiters.push(resolve));
  }

  /** Holds every lane until `time` (a later time wins). */
  holdUntil(time: number): void {
    this.gateUntil = Math.max(this.gateUntil, time);
  }

  private async lane(work: (item: number) => Promise<void>): Promise<void> {
    for (;;) {
      await this.waitWhilePaused();
      if (this.stopped) return;
      await this.waitAtGate();
      if (this.stopped) return;
      if (this.paused) continue;
      const item = this.queue[this.cursor];
      if (item === undefined) return;
      this.cursor++;
      this.inFlight++;
      try {
        await work(item);
      } finally {
        this.inFlight--;
        if (this.paused && this.inFlight === 0) this.notifyIdle();
      }
    }
  }

  private async waitWhilePaused(): Promise<void> {
    while (this.paused && !this.stopped) {
      if (this.inFlight === 0) this.notifyIdle();
      await new Promise<void>((resolve) => this.wakeUp.push(resolve));
    }
  }

  private async waitAtGate(): Promise<void> {
    const wait = this.gateUntil - this.opts.now();
    if (wait <= 0) return;
    try {
      await this.opts.sleep(wait, this.opts.signal);
    } catch {
      // cancelled while waiting
    }
  }

  private wake(): void {
    const waiters = this.wakeUp;
    this.wakeUp = [];
    for (const w of waiters) w();
  }

  private notifyIdle(): void {
    const waiters = this.idleWaiters;
    this.idleWaiters = [];
    for (const w of waiters) w();
  }
}
