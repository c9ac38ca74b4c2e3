/**
 * Deterministic elementary functions. JavaScript engines may compute Math.exp, Math.log,
 * Math.pow, Math.cos … differently in the last bit (Node 20's V8 and Chromium 156's V8 disagree
 * on 3–10% of arguments), which would make the same run differ between Node and the browser.
 * These ports of Sun's fdlibm (e_exp.c, e_log.c, k_cos.c, k_sin.c; error < 1 ulp), and the
 * table methods of exp and log (Tang 1989, 1990), use only + − × ÷ and bit operations, which IEEE 754 fixes exactly,
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

export const LN2_HI = 6.93147180369123816490e-01;
export const LN2_LO = 1.90821492927058770002e-10;
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
export const EXP_T_HI = new Float64Array([
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
export const EXP_T_LO = new Float64Array([
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
export const INV_LN2_64 = 64 * INV_LN2;
export const LN2_64_HI = LN2_HI / 64; // 32 significant bits: n · LN2_64_HI is exact for |n| < 2^21
export const LN2_64_LO = LN2_LO / 64;

/**
 * The value of a call on a function V8 does not inline, passed through a float64 slot. Where
 * exp or log is inlined, its fast path and this rare path meet in one return value; a call's
 * result is a tagged (boxed) number, and V8 would then box every fast-path result too: 16 bytes
 * of garbage per exp or log.
 */
function unboxed(v: number): number {
  SLOT[0] = v;
  return SLOT[0];
}
const SLOT = new Float64Array(1);

/** exp's table method serves (EXP_FAST_MIN, EXP_FAST_MAX); fdlibm the rest (and math-batch.ts's fix-up). */
export const EXP_FAST_MIN = -708, EXP_FAST_MAX = 709;
/** log's table method serves [TWO_M1022, TWO_1023) except within LOG_NEAR_ONE of 1. */
export const LOG_NEAR_ONE = 0.0625;

/**
 * e^x, table-driven (Tang 1989): x = (64k + j) ln2/64 + r with |r| ≤ ln2/128, and
 * e^x = 2^k · 2^(j/64) · e^r, e^r − 1 by its Taylor polynomial to r⁶ (truncation < 3e-20).
 * About 1 ulp, 3–4× faster than fdlibm's algorithm in JavaScript (which needs the float's bits);
 * arguments whose result would overflow or be subnormal, and NaN, take fdlibm's path.
 */
export function exp(x: number): number {
  if (!(x > EXP_FAST_MIN && x < EXP_FAST_MAX)) return unboxed(expFdlibm(x));
  // (math-batch.ts does these same operations, two arguments at a time: keep them in step.)
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

/**
 * ln(1 + j/128), j = 0 … 127, as hi + lo: hi a multiple of 2^-32 (so k·LN2_HI + hi is exact),
 * lo the rest (from 60-digit decimal arithmetic). The table of `log`.
 */
export const LOG_T_HI = new Float64Array([
  0.0, 0.007782140513882041, 0.015504186507314444, 0.023167059291154146, 0.03077165875583887,
  0.0383188643027097, 0.04580953600816429, 0.05324451462365687, 0.0606246218085289,
  0.0679506619926542, 0.07522342121228576, 0.08244366920553148, 0.0896121587138623,
  0.09672962641343474, 0.10379679361358285, 0.11081436625681818, 0.11778303561732173,
  0.12470347853377461, 0.1315763578750193, 0.13840232277289033, 0.14518200978636742,
  0.151916041970253, 0.158605030272156, 0.165249572834, 0.17185025685466826, 0.17840765742585063,
  0.18492233846336603, 0.19139485293999314, 0.19782574335113168, 0.20421554148197174,
  0.21056476910598576, 0.21687393821775913, 0.22314355126582086, 0.22937410115264356,
  0.23556607123464346, 0.2417199369519949, 0.24783616396598518, 0.25391521002165973,
  0.2599575244821608, 0.2659635485615581, 0.27193371555767953, 0.2778684510849416,
  0.28376817307434976, 0.28963329247199, 0.2954642130061984, 0.3012613304890692,
  0.30702503537759185, 0.31275570997968316, 0.3184537310153246, 0.32411946868523955,
  0.3297532864380628, 0.33535554190166295, 0.3409265868831426, 0.3464667673688382,
  0.35197642305865884, 0.35745588899590075, 0.3629054937046021, 0.3683255610521883,
  0.3737164097838104, 0.3790783528238535, 0.3844116989057511, 0.38971675117500126,
  0.39499380835331976, 0.40024316404014826, 0.4054651081096381, 0.4106599250808358,
  0.41582789504900575, 0.42096929461695254, 0.4260843952652067, 0.4311734647490084,
  0.43623676686547697, 0.4412745607551187, 0.4462871025316417, 0.4512746441178024,
  0.4562374334782362, 0.461175715085119, 0.466089729918167, 0.47097971523180604,
  0.47584590478800237, 0.48068852932192385, 0.48550781584344804, 0.4903039881028235,
  0.4950772668235004, 0.4998278694692999, 0.5045560107100755, 0.5092619017232209,
  0.513945751124993, 0.5186077642720193, 0.5232481437269598, 0.5278670897241682,
  0.5324647987727076, 0.5370414659846574, 0.5415972825139761, 0.5461324376519769,
  0.5506471178960055, 0.5551415076479316, 0.5596157880499959, 0.5640701383817941,
  0.5685047353617847, 0.5729197536129504, 0.5773153649643064, 0.5816917396150529,
  0.586049044970423, 0.5903874465730041, 0.5947071076370776, 0.59900818974711, 0.6032908514607698,
  0.607555250171572, 0.6118015411775559, 0.6160298772156239, 0.6202404098585248,
  0.6244332881178707, 0.628608659375459, 0.6327666696161032, 0.6369074622634798,
  0.6410311793442816, 0.6451379614882171, 0.6492279465310276, 0.6533012720756233,
  0.6573580726981163, 0.6613984822761267, 0.6654226325917989, 0.6694306540302932,
  0.673422675114125, 0.6773988236673176, 0.6813592247199267, 0.6853040030691773,
  0.6892332811839879,
]);
export const LOG_T_LO = new Float64Array([
  0.0, -7.182709203001513e-11, 2.865081056259721e-11, -9.619767965658847e-12,
  -8.908518263116906e-11, -5.730994833076631e-13, 2.3129916553214912e-11, -1.0484458606876115e-10,
  7.905942434121756e-12, -8.414645497402603e-11, 2.5301768633786004e-11, 5.543113339998448e-12,
  -2.4175167299176948e-11, 4.511636841434547e-11, 6.806071532349833e-11, 8.347193887894924e-11,
  3.906172487875993e-11, -3.281737847069993e-11, -8.63000393161911e-11, 8.622880632436395e-11,
  5.8130480900099126e-11, 5.558898434914717e-11, -9.551741604395793e-11, 6.130717145868029e-11,
  7.199096271943244e-11, 4.6967667312881685e-11, 3.0645961017175074e-11, 5.963631152763377e-11,
  -2.1211797264991407e-11, -5.328084921883587e-11, 1.3638769807710745e-12, 8.285522723383563e-11,
  4.838889490356316e-11, -8.779773137173949e-11, 7.812344975751986e-11, -6.484972779075108e-11,
  -6.140392216684597e-11, -4.0696287727605904e-11, -4.5234739683804296e-11, -6.442018606413335e-11,
  -7.403777512676557e-11, -8.148531940874274e-11, 5.629483733768491e-11, 1.1105268759819237e-10,
  -1.1236252983280051e-10, 8.909255760894488e-11, -8.267998629828855e-11, 2.421372760438621e-11,
  1.0321002321991519e-10, -3.1027577360867325e-11, -6.559480524154642e-11, 1.947488450980409e-11,
  8.745061978232308e-11, -2.2629610113947478e-11, 9.851934638335273e-11, -7.409697593420779e-11,
  -1.5233669168999384e-11, 1.0651937580366228e-10, 9.773703700045154e-12, 1.1111596565403694e-10,
  4.580930611560082e-12, -3.497605024800563e-11, -1.1245078603087404e-10, 8.686444872009658e-11,
  -1.4737129240254587e-12, -9.556743331007856e-11, 9.470521877189823e-11, 2.717709763857175e-11,
  4.569336852157857e-11, 6.936292372965588e-11, -9.055889555519451e-11, 4.9756501805475446e-11,
  9.677778980712631e-11, 2.1656203629189454e-11, 3.3513959555125692e-12, 3.705115735005559e-11,
  6.4322295100962984e-12, -1.3015027263282807e-11, 8.196154247718468e-11, 2.3828055709760546e-11,
  -6.17472350677768e-11, -5.762965771452201e-11, -2.5648880223202406e-11, 8.714941736863366e-11,
  4.231978943105023e-11, 6.658700239947287e-11, -2.2758649850910414e-11, -6.397363492923736e-11,
  3.758801195473447e-11, -1.0332579630548034e-10, 9.676426235384316e-11, -8.777375224021655e-11,
  -8.123172553039129e-11, -5.3841292633655034e-11, 5.665676797607367e-11, -1.0742998305966612e-10,
  -1.1457321292955095e-10, -9.699112896798338e-11, -9.115984500240728e-12, -5.116493512873986e-11,
  7.051724979540698e-11, 1.9569544059307042e-11, 3.315522573456377e-11, 2.9172248093149616e-11,
  1.096152195527957e-10, -1.0102660981182039e-10, -2.2685510189016865e-11, 5.296982551512324e-11,
  -7.156301516365272e-11, -1.098359432543843e-13, -1.066672704954292e-10, -1.0597718739587678e-10,
  4.69151819795377e-11, -4.506534275645962e-11, -2.6410597214039263e-11, 7.66497368334944e-11,
  -1.1463241373699319e-10, 9.408226342514172e-11, -6.287763509087142e-11, 1.0243727651655649e-11,
  -3.076173410274024e-11, -4.6708452607829754e-11, -8.766395894318016e-11, 9.804170694651996e-11,
  -7.551148805079102e-11, 8.79763540509158e-11, 2.974214660844017e-11, 5.4821124413659454e-11,
]);
/** 1 / (1 + j/128). */
export const LOG_T_INV = Float64Array.from({ length: 128 }, (_, j) => 1 / (1 + j / 128));
export const TWO_M1022 = 2.2250738585072014e-308; // smallest normal double
export const TWO_1023 = 8.98846567431158e+307;

/**
 * Natural logarithm, table-driven (Tang 1990): x = 2^k · m, m in [1, 2), F = 1 + j/128 the table
 * point at or below m, ln x = k ln2 + ln F + ln(1 + (m − F)/F), the last by its Taylor polynomial
 * to r⁷ (|r| < 2^-7). 1.5–2× faster than fdlibm's algorithm in JavaScript and within one ulp
 * of Math.log; x within 1/16 of 1 (where ln x is small and needs fdlibm's care), subnormal,
 * huge, negative, zero or NaN takes fdlibm's path.
 */
export function log(x: number): number {
  if (!(x >= TWO_M1022 && x < TWO_1023) || Math.abs(x - 1) < LOG_NEAR_ONE) return unboxed(logFdlibm(x));
  // (math-batch.ts does these same operations, two arguments at a time: keep them in step.)
  const hx = highWord(x);
  const k = (hx >> 20) - 1023;
  const j = (hx >> 13) & 127;
  const m = x * POW2[1022 - k]; // exact: a power of two
  const r = (m - (1 + j / 128)) * LOG_T_INV[j]; // m − F is exact
  const p = r - r * r * (0.5 - r * (1 / 3 - r * (0.25 - r * (0.2 - r * (1 / 6 - r / 7)))));
  return (k * LN2_HI + LOG_T_HI[j]) + ((k * LN2_LO + LOG_T_LO[j]) + p);
}

/** Natural logarithm (fdlibm e_log.c): `log` near 1 and at the ends of its range. */
function logFdlibm(x: number): number {
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
