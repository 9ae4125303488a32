/**
 * A strict parser for the Prometheus text exposition format (0.0.4): every non-empty line must be a
 * HELP, a TYPE or a sample of a family whose TYPE came first; anything else throws with the line.
 */
export interface Sample {
  name: string;
  labels: Record<string, string>;
  value: number;
}

export interface Family {
  name: string;
  type: string;
  help: string | undefined;
  samples: Sample[];
}

const NAME = "[a-zA-Z_:][a-zA-Z0-9_:]*";
const HELP = new RegExp(`^# HELP (${NAME}) (.*)$`);
const TYPE = new RegExp(`^# TYPE (${NAME}) (counter|gauge|histogram|summary|untyped)$`);
const SAMPLE = new RegExp(`^(${NAME})(?:\\{(.*)\\})? (\\S+)(?: -?\\d+)?$`);
const LABEL = /^([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\\n]|\\[\\"n])*)"(,|$)/;
const SUFFIXES: Record<string, string[]> = {
  histogram: ["_bucket", "_sum", "_count"],
  summary: ["", "_sum", "_count"],
};

function parseValue(text: string, line: string): number {
  // As Prometheus reads them (Go's ParseFloat): NaN and Inf in any case (prom-client writes `Nan`).
  if (/^nan$/i.test(text)) return NaN;
  if (/^[-+]?inf(inity)?$/i.test(text)) return text.startsWith("-") ? -Infinity : Infinity;
  if (!/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(text)) throw new Error(`bad sample value: ${line}`);
  return Number(text);
}

function parseLabels(text: string, line: string): Record<string, string> {
  const labels: Record<string, string> = {};
  let rest = text;
  while (rest.length) {
    const match = LABEL.exec(rest);
    if (!match) throw new Error(`bad labels: ${line}`);
    if (match[1] in labels) throw new Error(`duplicate label ${match[1]}: ${line}`);
    labels[match[1]] = match[2].replace(/\\(["\\n])/g, (_, c: string) => (c === "n" ? "\n" : c));
    rest = rest.slice(match[0].length);
  }
  return labels;
}

export function parsePrometheusText(text: string): Map<string, Family> {
  const families = new Map<string, Family>();
  const familyOf = (sampleName: string): Family | undefined => {
    for (const family of families.values()) {
      const suffixes = SUFFIXES[family.type] ?? [""];
      if (suffixes.some((suffix) => family.name + suffix === sampleName)) return family;
    }
    return undefined;
  };
  if (!text.endsWith("\n")) throw new Error("the exposition must end with a newline");
  for (const line of text.slice(0, -1).split("\n")) {
    let match: RegExpExecArray | null;
    if (line === "") continue; // the format ignores empty lines
    if ((match = HELP.exec(line))) {
      const family = families.get(match[1]);
      if (family?.help !== undefined) throw new Error(`second HELP: ${line}`);
      if (family) family.help = match[2];
      else families.set(match[1], { name: match[1], type: "untyped", help: match[2], samples: [] });
    } else if ((match = TYPE.exec(line))) {
      const family = families.get(match[1]);
      if (family && (family.type !== "untyped" || family.samples.length))
        throw new Error(`late or second TYPE: ${line}`);
      if (family) family.type = match[2];
      else families.set(match[1], { name: match[1], type: match[2], help: undefined, samples: [] });
    } else if ((match = SAMPLE.exec(line))) {
      const family = familyOf(match[1]);
      if (!family || family.type === "untyped") throw new Error(`sample without a TYPE: ${line}`);
      family.samples.push({
        name: match[1],
        labels: parseLabels(match[2] ?? "", line),
        value: parseValue(match[3], line),
      });
    } else {
      throw new Error(`not Prometheus text: ${JSON.stringify(line)}`);
    }
  }
  return families;
}

/** The sum of the samples named `name` whose labels include `labels` (0 when none). */
export function sampleValue(
  families: Map<string, Family>,
  name: string,
  labels: Record<string, string> = {},
): number {
  let total = 0;
  for (const family of families.values()) {
    for (const sample of family.samples) {
      if (sample.name !== name) continue;
      if (Object.entries(labels).every(([key, value]) => sample.labels[key] === value)) total += sample.value;
    }
  }
  return total;
}
