/** A per-user pause between questions: a burst from one user cannot crowd out everyone else. */
export class Cooldown {
  private readonly until = new Map<string, number>();

  constructor(
    private readonly seconds: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** 0 if the user may go ahead (and the pause starts now), else the whole seconds left to wait. */
  take(userId: string): number {
    const now = this.now();
    const until = this.until.get(userId) ?? 0;
    if (until > now) return Math.ceil((until - now) / 1000);
    if (this.seconds > 0) this.until.set(userId, now + this.seconds * 1000);
    if (this.until.size > 10_000) for (const [id, t] of this.until) if (t <= now) this.until.delete(id);
    return 0;
  }
}
