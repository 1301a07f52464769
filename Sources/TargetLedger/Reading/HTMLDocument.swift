import CLibXML2

/// Owns one libxml2 HTML document for as long as it is read; freed in `deinit`.
/// libxml2's HTML parser recovers from broken markup, which government CMS pages need.
final class HTMLDocument {
    private let doc: htmlDocPtr
    /// The page's size in bytes: more than its text has scalars.
    private let textCapacity: Int

    /// Parses UTF-8 bytes (the caller has already decoded the page: the page's own charset
    /// declaration is ignored so that it cannot override that decision). Nil when nothing parses.
    init?(utf8 bytes: [UInt8]) {
        _ = Self.parserReady
        let options = Int32(
            HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
                | HTML_PARSE_NONET.rawValue | HTML_PARSE_IGNORE_ENC.rawValue
                // Short text nodes stored inside the node: one malloc less for each of the
                // many blank ones between tags; the tree is only read.
                | HTML_PARSE_COMPACT.rawValue)
        let parsed: htmlDocPtr? = bytes.withUnsafeBufferPointer { buf in
            buf.baseAddress.flatMap { base in
                base.withMemoryRebound(to: CChar.self, capacity: buf.count) {
                    htmlReadMemory($0, Int32(buf.count), nil, "UTF-8", options)
                }
            }
        }
        guard let parsed else { return nil }
        doc = parsed
        textCapacity = bytes.count
    }

    deinit { xmlFreeDoc(doc) }

    /// libxml2 2.9 wants `xmlInitParser` called once before documents are parsed on several
    /// threads; Swift runs a static initialiser exactly once, whichever thread gets there first.
    private static let parserReady: Bool = {
        xmlInitParser()
        return true
    }()

    /// Every element and text node in document order (index 0 is the root element).
    func tree() -> HTMLTree {
        var out = HTMLTree()
        guard let root = xmlDocGetRootElement(doc) else { return out }
        out.kind.reserveCapacity(1024)
        out.text.reserveCapacity(textCapacity)
        var lastChild: [Int] = []
        lastChild.reserveCapacity(1024)
        var tags: [UnsafeRawPointer: (HTMLTree.Kind, HTMLTree.Flags)] = [:]
        append(root, parent: -1, into: &out, lastChild: &lastChild, tags: &tags)
        return out
    }

    /// `tags` caches each tag name's kind and flags by its pointer: libxml2 keeps one copy of
    /// each name in its dictionary, so a page's few dozen names are classified once each.
    private func append(
        _ node: xmlNodePtr, parent: Int, into out: inout HTMLTree, lastChild: inout [Int],
        tags: inout [UnsafeRawPointer: (HTMLTree.Kind, HTMLTree.Flags)]
    ) {
        let type = node.pointee.type
        if type == XML_TEXT_NODE || type == XML_CDATA_SECTION_NODE {
            guard let c = node.pointee.content else { return }
            let index = out.add(.text, flags: [], parent: parent, lastChild: &lastChild)
            if !Self.appendScalars(of: c, to: &out.text) {
                out.text.append(contentsOf: String(cString: c).unicodeScalars)
            }
            out.textEnd[index] = out.text.count
            return
        }
        guard type == XML_ELEMENT_NODE, let namePtr = node.pointee.name else { return }
        let kind: HTMLTree.Kind
        let initial: HTMLTree.Flags
        if let known = tags[UnsafeRawPointer(namePtr)] {
            (kind, initial) = known
        } else {
            let name = Self.bytes(namePtr)
            let tag =
                name.contains(where: { $0 >= 0x80 })
                ? String(decoding: name, as: UTF8.self).lowercased() : String(decoding: name.map(Self.lower), as: UTF8.self)
            (kind, initial) = HTMLContentRules.tagInfo[tag] ?? (.element, [])
            tags[UnsafeRawPointer(namePtr)] = (kind, initial)
        }
        var flags = initial
        // The last of each attribute wins, as it did when they were copied one by one.
        var id: UnsafePointer<xmlChar>? = nil
        var cls: UnsafePointer<xmlChar>? = nil
        var style: UnsafePointer<xmlChar>? = nil
        var metaName: UnsafePointer<xmlChar>? = nil
        var content: UnsafePointer<xmlChar>? = nil
        let empty: StaticString = ""
        let none = UnsafePointer<xmlChar>(empty.utf8Start)
        var attr = node.pointee.properties
        while let a = attr {
            if let an = a.pointee.name {
                var value = none
                if let v = a.pointee.children, let vc = v.pointee.content { value = UnsafePointer(vc) }
                switch Self.attributeKey(an) {
                case 1: id = value
                case 2: cls = value
                case 3: style = value
                case 4: metaName = value
                case 5: content = value
                default: break
                }
            }
            attr = a.pointee.next
        }
        if !flags.contains(.furniture) {
            if let style, HTMLContentRules.hides(style: UnsafeBufferPointer(start: style, count: Int(xmlStrlen(style)))) {
                flags.insert(.furniture)
            } else if cls != nil || id != nil {
                let c = cls.map(Self.bytes) ?? []
                let i = id.map(Self.bytes) ?? []
                if !(c.isEmpty && i.isEmpty), HTMLContentRules.anyWord(c + [0x20] + i, in: HTMLContentRules.furnitureWords) {
                    flags.insert(.furniture)
                }
            }
        }
        if let id, HTMLContentRules.isContentID(Self.bytes(id)) {
            flags.insert(.container)
        } else if let cls, HTMLContentRules.anyWord(Self.bytes(cls), in: HTMLContentRules.contentClassWords) {
            flags.insert(.container)
        }
        if kind == .meta {
            out.metas.append(
                (metaName.map { String(cString: $0) } ?? "", content.map { String(cString: $0) } ?? ""))
        }
        let index = out.add(kind, flags: flags, parent: parent, lastChild: &lastChild)
        var child = node.pointee.children
        while let c = child {
            append(c, parent: index, into: &out, lastChild: &lastChild, tags: &tags)
            child = c.pointee.next
        }
        out.end[index] = out.count
    }

    @inline(__always) private static func lower(_ b: UInt8) -> UInt8 { b >= 65 && b <= 90 ? b + 32 : b }

    private static func bytes(_ p: UnsafePointer<xmlChar>) -> [UInt8] {
        Array(UnsafeBufferPointer(start: p, count: Int(xmlStrlen(p))))
    }

    /// 1 id, 2 class, 3 style, 4 name or http-equiv, 5 content, 0 any other attribute name
    /// (compared lower-cased, as libxml2's own HTML names are ASCII).
    private static func attributeKey(_ p: UnsafePointer<xmlChar>) -> Int {
        let n = Int(xmlStrlen(p))
        guard n >= 2, n <= 10 else { return 0 }
        let b = UnsafeBufferPointer(start: p, count: n)
        func `is`(_ s: StaticString) -> Bool {
            guard s.utf8CodeUnitCount == n else { return false }
            for k in 0..<n where lower(b[k]) != s.utf8Start[k] { return false }
            return true
        }
        if `is`("id") { return 1 }
        if `is`("class") { return 2 }
        if `is`("style") { return 3 }
        if `is`("name") || `is`("http-equiv") { return 4 }
        if `is`("content") { return 5 }
        return 0
    }

    /// Appends the scalars of a NUL-terminated UTF-8 string; false (and nothing appended) when
    /// it is not well-formed, so that the caller can take String's repairing path instead.
    static func appendScalars(of p: UnsafePointer<xmlChar>, to out: inout [Unicode.Scalar]) -> Bool {
        let n = Int(xmlStrlen(p))
        let start = out.count
        // Room for one scalar per byte (never fewer bytes than scalars), written in place and
        // trimmed after.
        out.append(contentsOf: repeatElement(Unicode.Scalar(0), count: n))
        let written = out.withUnsafeMutableBufferPointer { buf in
            ByteDecoder.decodeWellFormed(UnsafeBufferPointer(start: p, count: n), into: UnsafeMutableBufferPointer(rebasing: buf[start...]))
        }
        guard let written else {
            out.removeLast(n)
            return false
        }
        out.removeLast(n - written)
        return true
    }
}
