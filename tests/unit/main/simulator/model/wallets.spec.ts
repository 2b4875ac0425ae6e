// Wallet arithmetic: granted money first, never below zero, lifetime totals, late settlement.
import { describe, expect, it } from 'vitest';
import {
  createWallet,
  markSpend,
  pruneLog,
  settledView,
  spend,
} from '../../../../../apps/main/src/simulator/model/wallets';

describe('wallets', () => {
  it('derives lifetime top-ups so that what went in equals what is left, held and spent', () => {
    const w = createWallet('CNY', 30, 10, 2.5, 77.5, 20);
    expect(w.toppedUpTotal).toBe(100);
    expect(w.grantedTotal).toBe(20);
  });

  it('spends granted money first and stops at zero', () => {
    const w = createWallet('CNY', 5, 2);
    expect(spend(w, 3, 0, 1)).toEqual({ spent: 3, until: 3 });
    expect([w.granted, w.paid, w.spent]).toEqual([0, 4, 3]);
    expect(spend(w, 10, 3, 1)).toEqual({ spent: 4, until: 7 });
    expect([w.paid, w.spent]).toEqual([0, 7]);
    expect(spend(w, 1, 7, 1).spent).toBe(0);
  });

  it('reports spending only once it is older than the delay, granted and paid legs apart', () => {
    const w = createWallet('CNY', 10, 1);
    spend(w, 2, 100, 0.01); // granted 100..200, paid 200..300
    expect(settledView(w, 300, 250)).toEqual({ granted: 1, paid: 10 });
    expect(settledView(w, 300, 150)).toEqual({ granted: 0.5, paid: 10 });
    expect(settledView(w, 300, 50)).toEqual({ granted: 0, paid: 9.5 });
    expect(settledView(w, 300, 0)).toEqual({ granted: 0, paid: 9 });
  });

  it('keeps flat stretches flat between spending segments', () => {
    const w = createWallet('USD', 10);
    spend(w, 1, 0, 0.01); // 0..100
    markSpend(w, 100);
    spend(w, 1, 1000, 0.01); // 1000..1100
    expect(settledView(w, 1100, 600).paid).toBe(9); // at t=500 only the first euro had gone
    pruneLog(w, 900);
    expect(settledView(w, 1100, 150).paid).toBe(9);
    expect(settledView(w, 1100, 50).paid).toBe(8.5);
  });
});
