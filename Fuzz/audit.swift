// The audit configuration parser (YAML through Yams) on arbitrary text.
import Foundation
import SlantAudit

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    _ = try? AuditConfigLoader.parse(text, file: "fuzz/slant-audit.yml", categories: ["insult", "fear"])
    _ = try? AuditConfigLoader.parse(text, file: "slant-audit.yml")
    return 0
}
