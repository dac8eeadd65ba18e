import { RELATIVE_TOLERANCE as REL } from "./tolerances";

/** Numbers are compared with a relative tolerance of 1e-9 (0.1 + 0.2 meets ≥0.3). */

function eps(a: number, b: number): number {
  return REL * Math.max(Math.abs(a), Math.abs(b));
}

export function approxEq(a: number, b: number): boolean {
  return Math.abs(a - b) <= eps(a, b);
}

export function ge(a: number, b: number): boolean {
  return a >= b - eps(a, b);
}

export function gt(a: number, b: number): boolean {
  return a > b + eps(a, b);
}

export function le(a: number, b: number): boolean {
  return ge(b, a);
}

export function lt(a: number, b: number): boolean {
  return gt(b, a);
}
