import { DELIVERIES_PER_TURN, deliveryTurn } from './delivery-turns';

describe('deliveryTurn', () => {
  it('lets a fan-out through a few deliveries per turn of the event loop, in order', async () => {
    // Counts the loop's iterations: runs once per check phase.
    let iteration = 0;
    let counting = true;
    const tick = () => {
      iteration++;
      if (counting) setImmediate(tick);
    };
    setImmediate(tick);

    const delivered: Array<{ n: number; iteration: number }> = [];
    const total = DELIVERIES_PER_TURN * 3 + 7;
    await Promise.all(Array.from({ length: total }, (_, n) => deliveryTurn().then(() => delivered.push({ n, iteration }))));
    counting = false;

    expect(delivered.map((d) => d.n)).toEqual(Array.from({ length: total }, (_, n) => n));
    const perIteration = new Map<number, number>();
    for (const d of delivered) perIteration.set(d.iteration, (perIteration.get(d.iteration) ?? 0) + 1);
    expect(Math.max(...perIteration.values())).toBe(DELIVERIES_PER_TURN);
    expect(perIteration.size).toBe(4);
  });

  it('serves a lone delivery on the next turn', async () => {
    let immediate = false;
    setImmediate(() => (immediate = true));
    await deliveryTurn();
    expect(immediate).toBe(true);
  });
});
