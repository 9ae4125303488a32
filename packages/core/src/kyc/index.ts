export {
  matchNames,
  nameSimilarity,
  normalizeName,
  NAME_MATCH_THRESHOLD,
  type NameMatch,
} from "./name-match";
