import CLibXML2

/// Owns one libxml2 HTML document for as long as it is read; freed in `deinit`.
/// libxml2's HTML parser recovers from broken markup, which government CMS pages need.
final class HTMLDocument {
    private let doc: htmlDocPtr

    /// Parses UTF-8 bytes (the caller has already decoded the page: the page's own charset
    /// declaration is ignored so that it cannot override that decision). Nil when nothing parses.
    init?(utf8 bytes: [UInt8]) {
        _ = Self.parserReady
        let options = Int32(
            HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
                | HTML_PARSE_NONET.rawValue | HTML_PARSE_IGNORE_ENC.rawValue)
        let parsed: htmlDocPtr? = bytes.withUnsafeBufferPointer { buf in
            buf.baseAddress.flatMap { base in
                base.withMemoryRebound(to: CChar.self, capacity: buf.count) {
                    htmlReadMemory($0, Int32(buf.count), nil, "UTF-8", options)
                }
            }
        }
        guard let parsed else { return nil }
        doc = parsed
    }

    deinit { xmlFreeDoc(doc) }

    /// libxml2 2.9 wants `xmlInitParser` called once before documents are parsed on several
    /// threads; Swift runs a static initialiser exactly once, whichever thread gets there first.
    private static let parserReady: Bool = {
        xmlInitParser()
        return true
    }()

    /// Every element and text node in document order (index 0 is the root element).
    func nodes() -> [HTMLNode] {
        var out: [HTMLNode] = []
        guard let root = xmlDocGetRootElement(doc) else { return out }
        out.reserveCapacity(1024)
        append(root, parent: -1, into: &out)
        return out
    }

    private func append(_ node: xmlNodePtr, parent: Int, into out: inout [HTMLNode]) {
        let type = node.pointee.type
        let index = out.count
        if type == XML_TEXT_NODE || type == XML_CDATA_SECTION_NODE {
            guard let c = node.pointee.content else { return }
            var n = HTMLNode(tag: "")
            n.text = Array(String(cString: c).unicodeScalars)
            n.parent = parent
            out.append(n)
            if parent >= 0 { out[parent].children.append(index) }
            return
        }
        guard type == XML_ELEMENT_NODE, let namePtr = node.pointee.name else { return }
        var n = HTMLNode(tag: String(cString: namePtr).lowercased())
        n.parent = parent
        var attr = node.pointee.properties
        while let a = attr {
            if let an = a.pointee.name {
                let key = String(cString: an).lowercased()
                var value = ""
                if let v = a.pointee.children, let vc = v.pointee.content { value = String(cString: vc) }
                switch key {
                case "id": n.id = value
                case "class": n.cls = value
                case "style": n.style = value
                case "name", "http-equiv": n.name = value
                case "content": n.content = value
                default: break
                }
            }
            attr = a.pointee.next
        }
        out.append(n)
        if parent >= 0 { out[parent].children.append(index) }
        var child = node.pointee.children
        while let c = child {
            append(c, parent: index, into: &out)
            child = c.pointee.next
        }
    }
}
