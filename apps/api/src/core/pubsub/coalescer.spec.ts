import { Coalescer } from './coalescer';

describe('Coalescer', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('runs the first action at once, and of a burst only the last, when the window ends', () => {
    const coalescer = new Coalescer(500);
    const ran: number[] = [];
    for (let i = 1; i <= 5; i++) coalescer.run('vote', () => ran.push(i));
    expect(ran).toEqual([1]);
    jest.advanceTimersByTime(499);
    expect(ran).toEqual([1]);
    jest.advanceTimersByTime(1);
    expect(ran).toEqual([1, 5]);
    // The trailing action opened a new window: what comes now waits for its end.
    coalescer.run('vote', () => ran.push(6));
    expect(ran).toEqual([1, 5]);
    jest.advanceTimersByTime(500);
    expect(ran).toEqual([1, 5, 6]);
    // A quiet window closes without running anything; the next action goes out at once.
    jest.advanceTimersByTime(500);
    coalescer.run('vote', () => ran.push(7));
    expect(ran).toEqual([1, 5, 6, 7]);
  });

  it('keeps keys apart, and drops what waits under a key on demand', () => {
    const coalescer = new Coalescer(100);
    const ran: string[] = [];
    coalescer.run('a', () => ran.push('a1'));
    coalescer.run('b', () => ran.push('b1'));
    coalescer.run('a', () => ran.push('a2'));
    coalescer.run('b', () => ran.push('b2'));
    coalescer.drop('b');
    jest.advanceTimersByTime(100);
    expect(ran).toEqual(['a1', 'b1', 'a2']);
  });
});
