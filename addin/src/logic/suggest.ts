import type { ExistingProduct, Term } from "../sharepoint/model";

const STOP = new Set("the a an and or of to in for on with by is are be this that from as at it its our your we you their de la el los las y en para por con del le les des et du pour une un o os da do das dos".split(" "));

/** Lower-cased word stems (accents folded, crude plural trimming) of a text. */
export function words(text: string): string[] {
  return text
    .toLowerCase()
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 2 && !STOP.has(w))
    .map((w) => (w.length > 4 && w.endsWith("s") ? w.slice(0, -1) : w));
}

function counts(text: string): Map<string, number> {
  const m = new Map<string, number>();
  for (const w of words(text)) m.set(w, (m.get(w) ?? 0) + 1);
  return m;
}

/** Terms scored by how often their label or synonym words occur in the text, best first (at most five). */
export function suggestTopics(text: string, terms: Term[], existing: ExistingProduct[] = []): { term: Term; score: number }[] {
  const freq = counts(text);
  const used = new Map<string, number>();
  for (const p of existing) for (const t of p.topics) used.set(t, (used.get(t) ?? 0) + 1);
  const scored = terms.map((term) => {
    let best = 0;
    for (const label of [term.label, ...term.synonyms]) {
      const ws = words(label);
      if (ws.length === 0) continue;
      const hits = ws.map((w) => freq.get(w) ?? 0);
      const score = Math.min(...hits) > 0 ? hits.reduce((a, b) => a + b, 0) / ws.length : hits.filter((h) => h > 0).length / (2 * ws.length);
      best = Math.max(best, score);
    }
    // Terms the site already uses get a small boost, so shared vocabulary wins ties.
    return { term, score: best > 0 ? best + 0.1 * Math.log1p(used.get(term.id) ?? 0) : 0 };
  });
  return scored.filter((s) => s.score >= 0.5).sort((a, b) => b.score - a.score || a.term.label.localeCompare(b.term.label)).slice(0, 5);
}

/** The product type whose words occur most in the title and text (the title counts thrice); null when none does. */
export function suggestType(title: string, text: string, choices: string[]): string | null {
  const freq = counts(`${title} ${title} ${title} ${text}`);
  let best: string | null = null;
  let bestScore = 0;
  for (const choice of choices) {
    const ws = words(choice);
    const score = ws.length ? ws.reduce((a, w) => a + (freq.get(w) ?? 0), 0) / ws.length : 0;
    if (score > bestScore) {
      best = choice;
      bestScore = score;
    }
  }
  return best;
}

/** Existing products whose title words or topics overlap (Jaccard), most similar first; at most five above 0.2. */
export function similarProducts(title: string, topics: string[], products: ExistingProduct[]): { product: ExistingProduct; score: number }[] {
  const mine = new Set([...words(title), ...topics.map((t) => `#${t}`)]);
  if (mine.size === 0) return [];
  return products
    .map((product) => {
      const theirs = new Set([...words(product.title), ...product.topics.map((t) => `#${t}`)]);
      const shared = [...mine].filter((x) => theirs.has(x)).length;
      return { product, score: shared / (mine.size + theirs.size - shared || 1) };
    })
    .filter((s) => s.score > 0.2)
    .sort((a, b) => b.score - a.score)
    .slice(0, 5);
}
