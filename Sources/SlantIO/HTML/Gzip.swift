import CZlib
import Foundation

/// Inflates gzip data with zlib (Foundation on Linux has no decompression API). zlib is
/// already on every machine that has libxml2, so this costs no new dependency, and unlike
/// running /usr/bin/gzip it needs no process and works the same inside `slant ingest`.
public enum Gzip {
    /// Whether data starts with the gzip magic bytes.
    public static func isCompressed(_ data: Data) -> Bool {
        data.count >= 2 && data[data.startIndex] == 0x1F && data[data.startIndex + 1] == 0x8B
    }

    /// The most a compressed page may inflate to: 64 MiB, some ten times the largest news pages
    /// (scripts and inline images included). A small file that inflates past it is a
    /// decompression bomb or not a page, and reading it would take minutes and gigabytes.
    public static let pageLimit = 64 << 20

    /// Inflates gzip data (several concatenated members are read as one stream), refusing more
    /// than `limit` bytes of output.
    public static func decompress(_ data: Data, name: String, limit: Int = pageLimit) throws -> Data {
        func failure(_ problem: String) -> InputError { InputError(path: name, problem: "gzip: " + problem) }
        var stream = z_stream()
        // 15 window bits + 32: detect a gzip or zlib header automatically.
        guard inflateInit2_(&stream, 15 + 32, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
            throw failure("zlib could not start")
        }
        defer { inflateEnd(&stream) }
        var output = Data()
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        var input = [UInt8](data)
        let inputCount = input.count
        try input.withUnsafeMutableBufferPointer { inBuffer in
            stream.next_in = inBuffer.baseAddress
            stream.avail_in = uInt(inputCount)
            while true {
                let status: Int32 = chunk.withUnsafeMutableBufferPointer { outBuffer in
                    stream.next_out = outBuffer.baseAddress
                    stream.avail_out = uInt(outBuffer.count)
                    return inflate(&stream, Z_NO_FLUSH)
                }
                let produced = chunk.count - Int(stream.avail_out)
                output.append(contentsOf: chunk[0..<produced])
                if output.count > limit {
                    let size = limit >= 1 << 20 ? "\(limit >> 20) MiB" : "\(limit) bytes"
                    throw failure("inflates to more than \(size), more than any web page (a decompression bomb?)")
                }
                if status == Z_STREAM_END {
                    // Another gzip member may follow.
                    if stream.avail_in > 0, inflateReset(&stream) == Z_OK { continue }
                    return
                }
                // Z_BUF_ERROR: zlib wants more input than the file has, a download cut short.
                if status == Z_BUF_ERROR && stream.avail_in == 0 { throw failure("the data ends early (a truncated file?)") }
                guard status == Z_OK else {
                    throw failure(status == Z_DATA_ERROR ? "invalid compressed data" : "zlib error \(status)")
                }
                if stream.avail_in == 0 && produced == 0 { throw failure("the data ends early (a truncated file?)") }
            }
        }
        return output
    }
}
