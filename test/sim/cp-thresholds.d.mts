// Types for the design brief's oracle (../shared/design/cp-thresholds.mjs).
declare module '*/cp-thresholds.mjs' {
  export function cpBreak(sigma: number, mu: number): number;
  export function cpSustain(sigma: number, mu: number): number;
  export function cpRealWages(lambda: number, T: number, sigma: number, mu: number): number[];
}
