/**
 * Metrics recorded by the engine every tick: dispersion of per-capita GDP, the turning point
 * of the bell curve, industrial structure, spatial autocorrelation and resilience.
 * Pure functions, no random numbers. The output fingerprint (SHA-256) lives in `../hash`.
 */
export * from './dispersion';
export * from './structure';
export * from './spatial';
export * from './resilience';
export * from './peak';
