/** The indices the app shows, each with a glossary entry (messages `glossary.<term>.*`). */
export const GLOSSARY_TERMS = [
  'cv', 'williamson', 'theil', 'gini', 'turningPoint', 'lq', 'diversity', 'jacobs', 'krugman', 'moran', 'martin',
] as const;

export type GlossaryTerm = (typeof GLOSSARY_TERMS)[number];

export function isGlossaryTerm(v: unknown): v is GlossaryTerm {
  return typeof v === 'string' && (GLOSSARY_TERMS as readonly string[]).includes(v);
}
