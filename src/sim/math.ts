/**
 * Deterministic elementary functions. JavaScript engines may compute Math.exp, Math.log,
 * Math.pow, Math.cos … differently in the last bit (Node 20's V8 and Chromium 156's V8 disagree
 * on 3–10% of arguments), which would make the same run differ between Node and the browser.
 * These ports of Sun's fdlibm (e_exp.c, e_log.c, k_cos.c, k_sin.c; error < 1 ulp), and exp's
 * table method (Tang 1989), use only + − × ÷ and bit operations, which IEEE 754 fixes exactly,
 * so they give the same bits everywhere. The engine uses them instead of Math.* (a test checks the source).
 * Math.sqrt, Math.floor, Math.abs, Math.min and Math.max are exact and stay.
 */

const buffer = new ArrayBuffer(8);
const f64 = new Float64Array(buffer);
const i32 = new Int32Array(buffer);
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
const HI = LITTLE_ENDIAN ? 1 : 0;
const LO = LITTLE_ENDIAN ? 0 : 1;

function highWord(x: number): number { f64[0] = x; return i32[HI]; }
function lowWord(x: number): number { f64[0] = x; return i32[LO]; }
function withHighWord(x: number, hi: number): number { f64[0] = x; i32[HI] = hi; return f64[0]; }

/** Largest argument of exp used as a weight: exp(700) ≈ 1e304 leaves room for sums of a few hundred. */
export const MAX_EXP_ARG = 700;

const LN2_HI = 6.93147180369123816490e-01;
const LN2_LO = 1.90821492927058770002e-10;
const INV_LN2 = 1.44269504088896338700e+00;
const O_THRESHOLD = 7.09782712893383973096e+02;
const U_THRESHOLD = -7.45133219101941108420e+02;
const P1 = 1.66666666666666019037e-01;
const P2 = -2.77777777770155933842e-03;
const P3 = 6.61375632143793436117e-05;
const P4 = -1.65339022054652515390e-06;
const P5 = 4.13813679705723846039e-08;
const TWO_M1000 = 9.33263618503218878990e-302;

/**
 * 2^(j/64), j = 0 … 63, as a sum hi + lo of two doubles (hi the nearest double, lo the rest;
 * from 60-digit decimal arithmetic): the table of `exp`.
 */
const EXP_T_HI = new Float64Array([
  1.0, 1.0108892860517005, 1.0218971486541166, 1.0330248790212284, 1.0442737824274138,
  1.0556451783605572, 1.0671404006768237, 1.0787607977571199, 1.0905077326652577,
  1.102382583307841, 1.1143867425958924, 1.1265216186082418, 1.1387886347566916,
  1.1511892299529827, 1.1637248587775775, 1.1763969916502812, 1.189207115002721, 1.202156731452703,
  1.215247359980469, 1.22848053610687, 1.241857812073484, 1.255380757024691, 1.2690509571917332,
  1.2828700160787783, 1.2968395546510096, 1.3109612115247644, 1.3252366431597413,
  1.339667524053303, 1.3542555469368927, 1.3690024229745905, 1.383909881963832, 1.3989796725383112,
  1.4142135623730951, 1.42961333839197, 1.4451808069770467, 1.460917794180647, 1.4768261459394993,
  1.4929077282912648, 1.5091644275934228, 1.5255981507445384, 1.5422108254079407,
  1.559004400237837, 1.5759808451078865, 1.593142151342267, 1.6104903319492543, 1.6280274218573478,
  1.645755478153965, 1.6636765803267364, 1.681792830507429, 1.7001063537185235, 1.718619298122478,
  1.7373338352737062, 1.7562521603732995, 1.7753764925265212, 1.7947090750031072,
  1.8142521755003989, 1.8340080864093424, 1.8539791250833855, 1.8741676341103, 1.8945759815869656,
  1.9152065613971474, 1.9360617934922943, 1.9571441241754002, 1.978456026387951,
]);
const EXP_T_LO = new Float64Array([
  0.0, -1.5234778603368577e-17, 5.109225028973444e-17, 7.600838874027088e-18,
  8.551889705537965e-17, 1.759325738772092e-18, -7.899853966841582e-17, -6.656660436056593e-17,
  -3.046782079812471e-17, 5.2660368715706944e-17, 1.0410278456845571e-16, 5.165856758795457e-17,
  8.912812676025408e-17, 3.250710218863827e-17, 3.8292048369240935e-17, 5.554203254218079e-17,
  3.982015231465646e-17, 6.644981499252301e-17, -7.712630692681488e-17, -1.89878163130253e-17,
  4.658027591836937e-17, -6.7113898212968784e-18, 2.667932131342186e-18, 1.713594918243561e-17,
  2.5382502794888315e-17, -7.181536135519454e-17, -2.8587312100388614e-17, 8.927282594831732e-17,
  7.70094837980299e-17, 9.593797919118849e-17, -6.770511658794786e-17, -9.614213209051323e-17,
  -9.667293313452913e-17, -1.2031642489053655e-17, -3.0237581349939873e-17, -5.600377186075216e-17,
  -3.483994556892796e-17, 1.4192920154284036e-17, -1.016455327754295e-16, -1.1024941712342561e-16,
  7.949834809697621e-17, 3.7812070533575275e-17, -1.0136916471278304e-17, -1.0094406542311964e-16,
  2.4707192569797888e-17, -6.712955084707084e-17, -1.0125679913674773e-16, 5.8909926967131e-17,
  8.199010020581497e-17, -8.0237193703977e-18, -1.851380418263111e-17, 3.164389299292957e-17,
  2.960140695448873e-17, 6.429731796556572e-17, 1.8227458427912087e-17, -9.969531538920349e-17,
  3.283107224245627e-17, 9.761887490727594e-17, -6.122763413004143e-17, 3.4034035352165297e-17,
  -1.0619946056195963e-16, 1.0332385960676326e-16, 8.960767791036668e-17, 4.0388753109278167e-17,
]);
/** 2^k for k = −1022 … 1023 at index k + 1022 (products of 2: exact). */
const POW2 = new Float64Array(2046);
POW2[1022] = 1;
for (let k = 1; k <= 1023; k++) POW2[1022 + k] = POW2[1021 + k] * 2;
for (let k = 1; k <= 1022; k++) POW2[1022 - k] = POW2[1023 - k] / 2;
const INV_LN2_64 = 64 * INV_LN2;
const LN2_64_HI = LN2_HI / 64; // 32 significant bits: n · LN2_64_HI is exact for |n| < 2^21
const LN2_64_LO = LN2_LO / 64;

/**
 * e^x, table-driven (Tang 1989): x = (64k + j) ln2/64 + r with |r| ≤ ln2/128, and
 * e^x = 2^k · 2^(j/64) · e^r, e^r − 1 by its Taylor polynomial to r⁶ (truncation < 3e-20).
 * About 1 ulp, 3–4× faster than fdlibm's algorithm in JavaScript (which needs the float's bits);
 * arguments whose result would overflow or be subnormal, and NaN, take fdlibm's path.
 */
export function exp(x: number): number {
  if (!(x > -708 && x < 709)) return expFdlibm(x);
  const n = Math.floor(x * INV_LN2_64 + 0.5);
  const r = (x - n * LN2_64_HI) - n * LN2_64_LO;
  const j = n & 63; // two's complement: right for negative n too
  const p = r + r * r * (0.5 + r * (1 / 6 + r * (1 / 24 + r * (1 / 120 + r * (1 / 720)))));
  const hi = EXP_T_HI[j];
  return (hi + (EXP_T_LO[j] + hi * p)) * POW2[(n - j) / 64 + 1022];
}

/** e^x (fdlibm e_exp.c): `exp` for the far ends of its range. */
function expFdlibm(x: number): number {
  let hx = highWord(x);
  const xsb = (hx >>> 31) & 1;
  hx &= 0x7fffffff;
  let hi = 0, lo = 0, k = 0;
  if (hx >= 0x40862e42) {
    if (hx >= 0x7ff00000) {
      if (((hx & 0xfffff) | lowWord(x)) !== 0) return x + x; // NaN
      return xsb === 0 ? x : 0; // exp(±inf)
    }
    if (x > O_THRESHOLD) return Infinity;
    if (x < U_THRESHOLD) return 0;
  }
  if (hx > 0x3fd62e42) { // |x| > 0.5 ln2
    if (hx < 0x3ff0a2b2) { // |x| < 1.5 ln2
      hi = xsb === 0 ? x - LN2_HI : x + LN2_HI;
      lo = xsb === 0 ? LN2_LO : -LN2_LO;
      k = 1 - xsb - xsb;
    } else {
      k = Math.trunc(INV_LN2 * x + (xsb === 0 ? 0.5 : -0.5));
      hi = x - k * LN2_HI;
      lo = k * LN2_LO;
    }
    x = hi - lo;
  } else if (hx < 0x3e300000) { // |x| < 2^-28
    return 1 + x;
  }
  const t = x * x;
  const c = x - t * (P1 + t * (P2 + t * (P3 + t * (P4 + t * P5))));
  if (k === 0) return 1 - ((x * c) / (c - 2) - x);
  const y = 1 - ((lo - (x * c) / (2 - c)) - hi);
  if (k >= -1021) return withHighWord(y, highWord(y) + (k << 20));
  return withHighWord(y, highWord(y) + ((k + 1000) << 20)) * TWO_M1000;
}

const TWO54 = 1.80143985094819840000e+16;
const LG1 = 6.666666666666735130e-01;
const LG2 = 3.999999999940941908e-01;
const LG3 = 2.857142874366239149e-01;
const LG4 = 2.222219843214978396e-01;
const LG5 = 1.818357216161805012e-01;
const LG6 = 1.531383769920937332e-01;
const LG7 = 1.479819860511658591e-01;

/** Natural logarithm (fdlibm e_log.c). */
export function log(x: number): number {
  let hx = highWord(x);
  const lx = lowWord(x);
  let k = 0;
  if (hx < 0x00100000) { // x < 2^-1022
    if (((hx & 0x7fffffff) | lx) === 0) return -Infinity;
    if (hx < 0) return NaN;
    k -= 54;
    x *= TWO54;
    hx = highWord(x);
  }
  if (hx >= 0x7ff00000) return x + x;
  k += (hx >> 20) - 1023;
  hx &= 0x000fffff;
  const i0 = (hx + 0x95f64) & 0x100000;
  x = withHighWord(x, hx | (i0 ^ 0x3ff00000)); // normalise x or x/2
  k += i0 >> 20;
  const f = x - 1;
  const dk = k;
  if ((0x000fffff & (2 + hx)) < 3) { // |f| < 2^-20
    if (f === 0) return k === 0 ? 0 : dk * LN2_HI + dk * LN2_LO;
    const R = f * f * (0.5 - 0.33333333333333333 * f);
    return k === 0 ? f - R : dk * LN2_HI - ((R - dk * LN2_LO) - f);
  }
  const s = f / (2 + f);
  const z = s * s;
  let i = hx - 0x6147a;
  const w = z * z;
  const j = 0x6b851 - hx;
  const t1 = w * (LG2 + w * (LG4 + w * LG6));
  const t2 = z * (LG1 + w * (LG3 + w * (LG5 + w * LG7)));
  i |= j;
  const R = t2 + t1;
  if (i > 0) {
    const hfsq = 0.5 * f * f;
    return k === 0 ? f - (hfsq - s * (hfsq + R)) : dk * LN2_HI - ((hfsq - (s * (hfsq + R) + dk * LN2_LO)) - f);
  }
  return k === 0 ? f - s * (f - R) : dk * LN2_HI - ((s * (f - R) - dk * LN2_LO) - f);
}

/**
 * x^y for x > 0 as exp(y ln x); x = 0 gives 0 for y > 0, 1 for y = 0, Infinity for y < 0.
 * Relative error about |y ln x|·2^-53: ample for the model, and identical everywhere.
 */
export function pow(x: number, y: number): number {
  if (y === 0) return 1;
  if (x === 0) return y > 0 ? 0 : Infinity;
  if (x === 1) return 1;
  return exp(y * log(x));
}

const C1 = 4.16666666666666019037e-02;
const C2 = -1.38888888888741095749e-03;
const C3 = 2.48015872894767294178e-05;
const C4 = -2.75573143513906633035e-07;
const C5 = 2.08757232129817482790e-09;
const C6 = -1.13596475577881948265e-11;
const S1 = -1.66666666666666324348e-01;
const S2 = 8.33333333332248946124e-03;
const S3 = -1.98412698298579493134e-04;
const S4 = 2.75573137070700676789e-06;
const S5 = -2.50507602534068634195e-08;
const S6 = 1.58969099521155010221e-10;
const PIO2_HI = 1.57079632673412561417e+00;
const PIO2_LO = 6.07710050650619224932e-11;
const INV_PIO2 = 6.36619772367581382433e-01;

function kernelCos(x: number): number { // |x| ≤ π/4 (fdlibm k_cos.c, without the tail term y)
  const z = x * x;
  const r = z * (C1 + z * (C2 + z * (C3 + z * (C4 + z * (C5 + z * C6)))));
  const hz = 0.5 * z;
  const w = 1 - hz;
  return w + (((1 - w) - hz) + z * r);
}

function kernelSin(x: number): number { // |x| ≤ π/4 (fdlibm k_sin.c)
  const z = x * x;
  const v = z * x;
  const r = S2 + z * (S3 + z * (S4 + z * (S5 + z * S6)));
  return x + v * (S1 + z * r);
}

/** cos x for |x| up to about 10⁶ (Cody–Waite reduction by π/2; ample for latitudes). */
export function cos(x: number): number {
  const k = Math.round(x * INV_PIO2);
  const r = (x - k * PIO2_HI) - k * PIO2_LO;
  switch (((k % 4) + 4) % 4) {
    case 0: return kernelCos(r);
    case 1: return -kernelSin(r);
    case 2: return -kernelCos(r);
    default: return kernelSin(r);
  }
}
