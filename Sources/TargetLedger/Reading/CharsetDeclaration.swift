/// Finds the charset an HTML page declares (`<meta charset=…>`, `http-equiv … charset=…`) in its
/// first bytes, which are ASCII in every charset a Chinese page uses.
public enum CharsetDeclaration {
    /// The declared charset, upper-cased (GBK, GB2312, UTF-8 …), or nil.
    public static func find(in bytes: [UInt8]) -> String? {
        let limit = min(bytes.count, 4096)
        let key: [UInt8] = Array("charset".utf8)
        var i = 0
        while i + key.count < limit {
            var hit = true
            for k in 0..<key.count where lower(bytes[i + k]) != key[k] {
                hit = false
                break
            }
            if hit {
                var j = i + key.count
                while j < limit, bytes[j] == 0x20 { j += 1 }
                if j < limit, bytes[j] == UInt8(ascii: "=") {
                    j += 1
                    while j < limit, bytes[j] == 0x20 || bytes[j] == 0x22 || bytes[j] == 0x27 { j += 1 }
                    var name: [UInt8] = []
                    while j < limit, isNameByte(bytes[j]) {
                        name.append(bytes[j])
                        j += 1
                    }
                    if !name.isEmpty { return String(decoding: name, as: UTF8.self).uppercased() }
                }
            }
            i += 1
        }
        return nil
    }

    /// Whether `name` is one of the Chinese national charsets, all read as GB18030 (their superset).
    public static func isGB(_ name: String) -> Bool {
        let n = name.uppercased()
        return n.hasPrefix("GB") || n == "CP936" || n == "X-GBK" || n == "EUC-CN"
    }

    @inline(__always) private static func lower(_ b: UInt8) -> UInt8 { b >= 65 && b <= 90 ? b + 32 : b }
    @inline(__always) private static func isNameByte(_ b: UInt8) -> Bool {
        (b >= 48 && b <= 57) || (b >= 65 && b <= 90) || (b >= 97 && b <= 122) || b == 45 || b == 95
    }
}
