/** A parsed element of untrusted XML: names as written, every value a string, no prototype. */
export interface XmlElement {
  /** Qualified name as written, e.g. `ds:Signature`. */
  readonly name: string;
  /** Name without its namespace prefix. */
  readonly localName: string;
  /** Attribute values with entities decoded; a null-prototype record, so no name can reach Object.prototype. */
  readonly attributes: Readonly<Record<string, string>>;
  readonly children: readonly XmlElement[];
  /** The element's own text and CDATA, in document order, entities decoded. */
  readonly text: string;
}

export function localNameOf(name: string): string {
  const colon = name.indexOf(":");
  return colon === -1 ? name : name.slice(colon + 1);
}

export function childElements(parent: XmlElement, localName: string): XmlElement[] {
  return parent.children.filter((c) => c.localName === localName);
}

/** The single child with this local name; undefined when absent. Duplicates are the caller's decision. */
export function childElement(parent: XmlElement, localName: string): XmlElement | undefined {
  return parent.children.find((c) => c.localName === localName);
}

/** An attribute's value, or null when absent. Own-property lookup only. */
export function attributeOf(element: XmlElement, name: string): string | null {
  return Object.prototype.hasOwnProperty.call(element.attributes, name) ? element.attributes[name] : null;
}

/** The plain-JSON form of an element tree (for generic document mappings and CLI output). */
export interface XmlElementJson {
  name: string;
  attributes: Record<string, string>;
  text?: string;
  children?: XmlElementJson[];
}

export function elementToJson(element: XmlElement): XmlElementJson {
  const json: XmlElementJson = { name: element.name, attributes: { ...element.attributes } };
  const text = element.text.trim();
  if (text !== "") json.text = element.text;
  if (element.children.length > 0) json.children = element.children.map(elementToJson);
  return json;
}
