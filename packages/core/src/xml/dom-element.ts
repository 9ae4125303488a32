import type { Element, Node } from "@xmldom/xmldom";
import { XmlRefusedError } from "./errors";
import { isReservedXmlName, type XmlLimits } from "./safe-xml";
import { localNameOf, type XmlElement } from "./xml-element";

const ELEMENT = 1;
const TEXT = 3;
const CDATA = 4;
/** Lone surrogates: with NUL, what the hardened parser refuses as a character reference and xmldom decodes. */
const LONE_SURROGATE = /\p{Cs}/u;

/**
 * The {@link XmlElement} tree of a document xmldom parsed (the one the signature was verified on), under the
 * same limits as the hardened parser: depth, attribute count and length, reserved names. Throws
 * XmlRefusedError on the first limit it meets; the caller asks the hardened parser for the reason it gives.
 */
export function elementFromDom(root: Element, limits: XmlLimits): XmlElement {
  const document = root.ownerDocument;
  for (let node = document?.firstChild ?? null; node; node = node.nextSibling) {
    if (node.nodeType === TEXT && (node.nodeValue ?? "").trim() !== "") {
      throw new XmlRefusedError("root-count", "XML must have exactly one root element");
    }
  }
  return convert(root, 1, limits);
}

function convert(element: Element, depth: number, limits: XmlLimits): XmlElement {
  if (depth > limits.maxDepth)
    throw new XmlRefusedError("too-deep", `XML nesting is deeper than ${limits.maxDepth}`);
  const name = element.nodeName;
  const localName = localNameOf(name);
  if (isReservedXmlName(localName))
    throw new XmlRefusedError("reserved-name", "XML uses a reserved element or attribute name");

  const attributes = Object.create(null) as Record<string, string>;
  const list = element.attributes;
  if (list.length > limits.maxAttributes) {
    throw new XmlRefusedError(
      "too-many-attributes",
      `An XML element has more than ${limits.maxAttributes} attributes`,
    );
  }
  for (let i = 0; i < list.length; i++) {
    const attribute = list[i];
    if (isReservedXmlName(localNameOf(attribute.name))) {
      throw new XmlRefusedError("reserved-name", "XML uses a reserved element or attribute name");
    }
    if (attribute.value.length > limits.maxAttributeLength) {
      throw new XmlRefusedError(
        "attribute-too-large",
        `An XML attribute is longer than ${limits.maxAttributeLength} characters`,
      );
    }
    attributes[attribute.name] = refuseCharacters(attribute.value);
  }

  const children: XmlElement[] = [];
  let text = "";
  for (let child: Node | null = element.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === TEXT || child.nodeType === CDATA) text += child.nodeValue ?? "";
    else if (child.nodeType === ELEMENT) children.push(convert(child as Element, depth + 1, limits));
  }
  return { name, localName, attributes, children, text: refuseCharacters(text) };
}

function refuseCharacters(value: string): string {
  if (value.includes("\u0000") || LONE_SURROGATE.test(value))
    throw new XmlRefusedError("malformed", "XML contains an invalid character reference");
  return value;
}
