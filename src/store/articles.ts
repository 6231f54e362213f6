// The KV article store: original text, metadata and claims of each article, keyed by its content hash.
import type { UnknownSpeaker } from "../review/apply";
import type { Claim } from "../stance/types";
import { faultPoint } from "../faults";
import type { ArticleMeta } from "./model";

export interface StoredArticle {
  meta: ArticleMeta;
  text: string;
  /** The machine's claims, as extracted (the review layer is applied when views are recorded). */
  claims: Claim[];
  /** Names next to a speech verb that the lexicon did not know (absent in articles stored before). */
  unknownSpeakers?: UnknownSpeaker[];
}

const key = (id: string) => `article:${id}`;

export async function putArticle(kv: KVNamespace, article: StoredArticle): Promise<void> {
  faultPoint("kv.put.article");
  await kv.put(key(article.meta.id), JSON.stringify(article), {
    metadata: { observedOn: article.meta.observedOn, version: article.meta.extractorVersion },
  });
}

export async function getArticle(kv: KVNamespace, id: string): Promise<StoredArticle | null> {
  return kv.get<StoredArticle>(key(id), "json");
}
