// Types for the metrics oracle in ../shared/design/metrics-reference.mjs (plain JS, outside
// this repo; tsconfig has allowJs off). Only the functions the tests use are declared.
declare module '*/shared/design/metrics-reference.mjs' {
  type Vec = number[];
  type Mat = number[][];
  export function cv(y: Vec, sample?: boolean): number;
  export function williamson(y: Vec, p: Vec): number;
  export function theilT(y: Vec): number;
  export function theilDecomp(y: Vec, groups: Vec): { T: number; between: number; within: number };
  export function gini(y: Vec): number;
  export function lq(E: Mat): Mat;
  export function lqSumDiversity(E: Mat): Vec;
  export function krugmanSI(ei: Vec, ref: Vec): number;
  export function invRelHHI(ei: Vec, ref: Vec): number;
  export function moran(
    y: Vec,
    W: Mat,
  ): { I: number; EI: number; VN: number; zN: number; VR: number; zR: number; S0: number; S1: number; S2: number };
  export function rowStandardize(W: Mat): Mat;
  export function inverseEconDistanceW(ybar: Vec): Mat;
  export function haversineKm(a: [number, number], b: [number, number]): number;
  export function inverseDistanceW(coords: [number, number][], pow?: number): Mat;
  export function zipf(sizes: Vec, shift?: number): { zeta: number; se: number };
  export function martinSensitivity(Er0: number, Er1: number, EN0: number, EN1: number): number;
  export function martinResistance(Er0: number, Er1: number, EN0: number, EN1: number): number;
}
