// The deployment's single-instance objects, by the name each is addressed by.
import type { Env } from "../env";

// The article index keeps the name it had as the Directory (the class was renamed, its data kept under that id).
export const articleIndexStub = (env: Env) => env.ARTICLE_INDEX.get(env.ARTICLE_INDEX.idFromName("directory"));
export const topicBoardStub = (env: Env) => env.TOPIC_BOARD.get(env.TOPIC_BOARD.idFromName("board"));
export const runLogStub = (env: Env) => env.RUN_LOG.get(env.RUN_LOG.idFromName("runs"));
export const feedRegistryStub = (env: Env) => env.FEED_REGISTRY.get(env.FEED_REGISTRY.idFromName("feeds"));
