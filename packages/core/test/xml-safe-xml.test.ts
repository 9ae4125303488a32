import { parseUntrustedXml, XmlRefusedError, type XmlRefusalReason } from "../src/xml";

function refusal(xml: string | Uint8Array, limits = {}): XmlRefusalReason | "accepted" {
  try {
    parseUntrustedXml(xml, limits);
    return "accepted";
  } catch (error) {
    if (error instanceof XmlRefusedError) return error.reason;
    throw error;
  }
}

describe("hardened XML parsing", () => {
  it("keeps every value a string and decodes only predefined entities and character references", () => {
    const root = parseUntrustedXml(
      '<?xml version="1.0" encoding="UTF-8"?><a n="007" b="true" t="A &amp; B&#13;&#x41;">1.50<![CDATA[&lt;raw]]></a>',
    );
    expect(root.attributes).toEqual({ n: "007", b: "true", t: "A & B\rA" });
    expect(root.text).toBe("1.50&lt;raw");
    expect(Object.getPrototypeOf(root.attributes)).toBeNull();
  });

  it.each([
    [
      "billion laughs",
      '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol1 "&lol;&lol;&lol;&lol;">]><lolz>&lol1;</lolz>',
      "doctype",
    ],
    [
      "external entity",
      '<!DOCTYPE foo [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><foo>&xxe;</foo>',
      "doctype",
    ],
    ["lower-case doctype", "<!doctype a><a/>", "doctype"],
    ["bare entity declaration", '<a><!ENTITY x "y"></a>', "entity"],
    ["other markup declaration", "<a><!ELEMENT a ANY></a>", "markup-declaration"],
    ["undeclared entity", "<a>&xxe;</a>", "unknown-entity"],
    ["two roots", "<a/><b/>", "root-count"],
    ["text beside the root", "<a/>stray", "root-count"],
    ["no root", "   ", "malformed"],
    ["unclosed element", "<a><b></a>", "malformed"],
    ["duplicate attribute", '<a x="1" x="2"/>', "malformed"],
    ["__proto__ element", "<a><__proto__><polluted>yes</polluted></__proto__></a>", "reserved-name"],
    ["constructor element", "<a><constructor>1</constructor></a>", "reserved-name"],
    ["prefixed __proto__ element", '<a xmlns:x="urn:x"><x:__proto__/></a>', "reserved-name"],
    ["__proto__ attribute", '<a __proto__="x"/>', "reserved-name"],
    ["prototype attribute", '<a x:prototype="x" xmlns:x="urn:x"/>', "reserved-name"],
    ["non-UTF-8 declared encoding", '<?xml version="1.0" encoding="ISO-8859-1"?><a/>', "encoding"],
  ])("refuses %s", (_label, xml, reason) => {
    expect(refusal(xml)).toBe(reason);
  });

  it("never touches Object.prototype", () => {
    refusal("<a><__proto__><polluted>yes</polluted></__proto__></a>");
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("refuses invalid UTF-8 bytes", () => {
    expect(refusal(Buffer.from([0x3c, 0x61, 0x3e, 0xff, 0xfe, 0x3c, 0x2f, 0x61, 0x3e]))).toBe("encoding");
  });

  it("refuses deep nesting quickly", () => {
    const depth = 200_000;
    const started = Date.now();
    expect(refusal("<a>".repeat(depth) + "</a>".repeat(depth), { maxBytes: 4_000_000 })).toBe("too-deep");
    expect(Date.now() - started).toBeLessThan(2000);
    expect(refusal("<a>".repeat(33) + "</a>".repeat(33))).toBe("too-deep");
    expect(refusal("<a>".repeat(32) + "</a>".repeat(32))).toBe("accepted");
  });

  it("refuses huge attributes, too many attributes and oversized documents", () => {
    expect(refusal(`<a x="${"y".repeat(20_000)}"/>`)).toBe("attribute-too-large");
    const many = Array.from({ length: 65 }, (_, i) => `a${i}="1"`).join(" ");
    expect(refusal(`<a ${many}/>`)).toBe("too-many-attributes");
    expect(refusal(`<a>${"x".repeat(3 * 1024 * 1024)}</a>`)).toBe("too-large");
    expect(refusal(`<a>${"x".repeat(2000)}</a>`, { maxBytes: 1000 })).toBe("too-large");
  });

  it("does not grow memory across many refused attacks", () => {
    const laughs = `<!DOCTYPE l [${Array.from({ length: 10 }, (_, i) => `<!ENTITY l${i + 1} "&l${i};&l${i};&l${i};&l${i};&l${i};&l${i};&l${i};&l${i};&l${i};&l${i};">`).join("")}]><l>&l10;</l>`;
    const deep = "<a>".repeat(5000) + "</a>".repeat(5000);
    const before = process.memoryUsage().heapUsed;
    for (let i = 0; i < 500; i++) {
      expect(refusal(laughs)).toBe("doctype");
      expect(refusal(deep)).toBe("too-deep");
    }
    global.gc?.();
    expect(process.memoryUsage().heapUsed - before).toBeLessThan(64 * 1024 * 1024);
  });
});
