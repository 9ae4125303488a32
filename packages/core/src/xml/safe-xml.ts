import { XMLParser, XMLValidator } from "fast-xml-parser";
import { XmlRefusedError } from "./errors";
import { localNameOf, type XmlElement } from "./xml-element";

/** Limits for untrusted XML. Real Aadhaar and DigiLocker documents are far below every default. */
export interface XmlLimits {
  /** Encoded size of the whole document in bytes. */
  maxBytes: number;
  /** Element nesting depth (the root is depth 1). */
  maxDepth: number;
  /** Length of one attribute value, in characters. */
  maxAttributeLength: number;
  /** Attributes on one element. */
  maxAttributes: number;
}

export const DEFAULT_XML_LIMITS: Readonly<XmlLimits> = Object.freeze({
  maxBytes: 2 * 1024 * 1024,
  maxDepth: 32,
  maxAttributeLength: 16 * 1024,
  maxAttributes: 64,
});

// Names that would reach Object.prototype if a consumer ever copied them onto a plain object.
const RESERVED_NAMES = new Set(["__proto__", "constructor", "prototype"]);
const PREDEFINED_ENTITIES: Readonly<Record<string, string>> = Object.freeze(
  Object.assign(Object.create(null) as Record<string, string>, {
    amp: "&",
    lt: "<",
    gt: ">",
    quot: '"',
    apos: "'",
  }),
);
const utf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false });

type OrderedNode = Record<string, unknown>;

/**
 * Decodes untrusted bytes as UTF-8 (the only encoding Aadhaar and DigiLocker use), refusing anything larger
 * than the limit before decoding it.
 */
export function decodeXmlBytes(input: Uint8Array, maxBytes = DEFAULT_XML_LIMITS.maxBytes): string {
  if (input.byteLength > maxBytes) {
    throw new XmlRefusedError("too-large", `XML document is larger than ${maxBytes} bytes`);
  }
  try {
    return utf8.decode(input);
  } catch {
    throw new XmlRefusedError("encoding", "XML document is not valid UTF-8");
  }
}

/**
 * Cheap checks that run before any parser sees the text: size, declared encoding, and any markup
 * declaration. Refusing DOCTYPE outright closes billion-laughs and external-entity attacks for every
 * downstream parser (fast-xml-parser here, xmldom inside xml-crypto).
 */
export function assertAcceptableXmlText(xml: string, maxBytes = DEFAULT_XML_LIMITS.maxBytes): void {
  if (xml.length > maxBytes || Buffer.byteLength(xml, "utf8") > maxBytes) {
    throw new XmlRefusedError("too-large", `XML document is larger than ${maxBytes} bytes`);
  }
  const declaration = /^\uFEFF?<\?xml\s[^>]*?encoding\s*=\s*["']([^"']*)["']/.exec(xml);
  if (declaration && !/^utf-?8$/i.test(declaration[1])) {
    throw new XmlRefusedError(
      "encoding",
      `XML encoding "${declaration[1].slice(0, 20)}" is not accepted (UTF-8 only)`,
    );
  }
  const bang = /<!(?!--|\[CDATA\[)/.exec(xml);
  if (bang) {
    const rest = xml.slice(bang.index + 2, bang.index + 12).toUpperCase();
    if (rest.startsWith("DOCTYPE")) throw new XmlRefusedError("doctype", "XML with a DOCTYPE is refused");
    if (rest.startsWith("ENTITY"))
      throw new XmlRefusedError("entity", "XML with an ENTITY declaration is refused");
    throw new XmlRefusedError("markup-declaration", "XML markup declarations are refused");
  }
}

/** Decodes the five predefined entities and character references; any other entity is refused. */
export function decodeXmlEntities(value: string): string {
  if (!value.includes("&")) return value;
  return value.replace(/&([^;&\s]{1,32});/g, (_match, ref: string) => {
    if (ref.startsWith("#")) {
      const code =
        ref[1] === "x" || ref[1] === "X"
          ? Number.parseInt(ref.slice(2), 16)
          : Number.parseInt(ref.slice(1), 10);
      if (!Number.isInteger(code) || code < 1 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) {
        throw new XmlRefusedError("malformed", "XML contains an invalid character reference");
      }
      return String.fromCodePoint(code);
    }
    const decoded = PREDEFINED_ENTITIES[ref];
    if (decoded === undefined)
      throw new XmlRefusedError("unknown-entity", "XML references an undeclared entity");
    return decoded;
  });
}

/** fast-xml-parser's strict validator: every parse of untrusted XML passes it, whichever parser builds the tree. */
export function assertWellFormedXml(xml: string): void {
  if (XMLValidator.validate(xml, { allowBooleanAttributes: false }) !== true) {
    throw new XmlRefusedError("malformed", "XML is not well-formed");
  }
}

/** Element and attribute local names refused anywhere in untrusted XML. */
export function isReservedXmlName(localName: string): boolean {
  return RESERVED_NAMES.has(localName);
}

const parserCache = new Map<number, XMLParser>();

function parserFor(maxDepth: number): XMLParser {
  let parser = parserCache.get(maxDepth);
  if (!parser) {
    parser = new XMLParser({
      preserveOrder: true,
      ignoreAttributes: false,
      attributeNamePrefix: "",
      allowBooleanAttributes: false,
      parseTagValue: false,
      parseAttributeValue: false,
      trimValues: false,
      processEntities: false,
      htmlEntities: false,
      cdataPropName: "#cdata",
      commentPropName: false,
      ignoreDeclaration: true,
      ignorePiTags: true,
      // Counted against the open-tag stack, so the parser stops at the limit instead of after the fact.
      maxNestedTags: maxDepth,
      strictReservedNames: true,
    });
    parserCache.set(maxDepth, parser);
  }
  return parser;
}

/**
 * Parses untrusted XML into a tree of {@link XmlElement}s, or throws {@link XmlRefusedError}.
 * Values stay strings; exactly one root element is accepted.
 */
export function parseUntrustedXml(input: string | Uint8Array, limits: Partial<XmlLimits> = {}): XmlElement {
  const effective: XmlLimits = { ...DEFAULT_XML_LIMITS, ...limits };
  const xml = typeof input === "string" ? input : decodeXmlBytes(input, effective.maxBytes);
  assertAcceptableXmlText(xml, effective.maxBytes);

  let ordered: OrderedNode[];
  try {
    ordered = parserFor(effective.maxDepth).parse(xml) as OrderedNode[];
  } catch (error) {
    const message = error instanceof Error ? error.message : "";
    if (message.includes("Maximum nested tags")) {
      throw new XmlRefusedError("too-deep", `XML nesting is deeper than ${effective.maxDepth}`);
    }
    if (message.includes("[SECURITY]") || message.includes("Invalid tag name")) {
      throw new XmlRefusedError("reserved-name", "XML uses a reserved element or attribute name");
    }
    throw new XmlRefusedError("malformed", "XML is not well-formed");
  }
  // The parser is lenient (it accepts unclosed tags); the validator is strict about well-formedness.
  assertWellFormedXml(xml);

  const roots = ordered.filter((node) => elementName(node) !== null);
  // Both fast-xml-parser passes drop text after the root, so look at the tail directly.
  const strayText =
    xml.slice(xml.lastIndexOf(">") + 1).trim() !== "" ||
    ordered.some((node) => typeof node["#text"] === "string" && (node["#text"] as string).trim() !== "");
  if (roots.length !== 1 || strayText) {
    throw new XmlRefusedError("root-count", "XML must have exactly one root element");
  }
  return toElement(roots[0], 1, effective);
}

function elementName(node: OrderedNode): string | null {
  for (const key of Object.keys(node)) {
    if (key !== ":@" && key !== "#text" && key !== "#cdata") return key;
  }
  return null;
}

function toElement(node: OrderedNode, depth: number, limits: XmlLimits): XmlElement {
  if (depth > limits.maxDepth)
    throw new XmlRefusedError("too-deep", `XML nesting is deeper than ${limits.maxDepth}`);
  const name = elementName(node) as string;
  const localName = localNameOf(name);
  if (isReservedXmlName(localName)) {
    throw new XmlRefusedError("reserved-name", "XML uses a reserved element or attribute name");
  }

  const attributes = Object.create(null) as Record<string, string>;
  const rawAttributes = (node[":@"] ?? {}) as Record<string, unknown>;
  const names = Object.keys(rawAttributes);
  if (names.length > limits.maxAttributes) {
    throw new XmlRefusedError(
      "too-many-attributes",
      `An XML element has more than ${limits.maxAttributes} attributes`,
    );
  }
  for (const attributeName of names) {
    if (isReservedXmlName(localNameOf(attributeName))) {
      throw new XmlRefusedError("reserved-name", "XML uses a reserved element or attribute name");
    }
    const raw = rawAttributes[attributeName];
    if (typeof raw !== "string") throw new XmlRefusedError("malformed", "XML attribute without a value");
    if (raw.length > limits.maxAttributeLength) {
      throw new XmlRefusedError(
        "attribute-too-large",
        `An XML attribute is longer than ${limits.maxAttributeLength} characters`,
      );
    }
    // Attribute-value normalisation (XML 1.0 §3.3.3): literal whitespace becomes a space, references stay.
    attributes[attributeName] = decodeXmlEntities(raw.replace(/[\t\n\r]/g, " "));
  }

  const children: XmlElement[] = [];
  let text = "";
  for (const child of (node[name] as OrderedNode[]) ?? []) {
    if (typeof child["#text"] === "string") {
      text += decodeXmlEntities((child["#text"] as string).replace(/\r\n?/g, "\n"));
    } else if (Array.isArray(child["#cdata"])) {
      for (const part of child["#cdata"] as OrderedNode[]) text += String(part["#text"] ?? "");
    } else if (elementName(child) !== null) {
      children.push(toElement(child, depth + 1, limits));
    }
  }
  return { name, localName, attributes, children, text };
}
