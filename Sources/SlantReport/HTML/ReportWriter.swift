import Foundation
import SlantCore
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Renders report pages with the templates and writes the static site:
/// `index.html`, `outlets/<slug>.html` (further pages `<slug>_2.html`, ...) and
/// `articles/<slug>.html`. Every page inlines its CSS and SVG and needs no network (article
/// pages only the CSS rules that can match them: see `CSSPruner`).
public struct ReportWriter: Sendable {
    public let templates: ReportTemplates
    /// Articles listed per outlet page.
    public var pageSize: Int

    public init(templates: ReportTemplates, pageSize: Int = 50) {
        self.templates = templates
        self.pageSize = max(1, pageSize)
    }

    /// Writes the whole site into `directory` (created if needed) and returns the path of its
    /// index. Pages are rendered in parallel; the bytes do not depend on the order.
    @discardableResult
    public static func write(site: ReportSite, to directory: URL, templates: ReportTemplates) throws -> URL {
        try ReportWriter(templates: templates).write(site: site, to: directory)
    }

    @discardableResult
    public func write(site: ReportSite, to directory: URL) throws -> URL {
        try prepare(directory)
        let names = fileNames(site)
        removeStalePages(in: directory, keeping: Set(names))
        let index = try writeIndex(site.index, to: directory)
        try forEachInParallel(site.outlets.count) { i in try writeOutlet(site.outlets[i], index: site.index, to: directory) }
        try writeArticles(site.articles, toFolder: directory.path + "/articles/")
        try Self.save(Array((names.joined(separator: "\n") + "\n").utf8), to: directory.appendingPathComponent(Self.manifestName).path)
        return index
    }

    /// The file in a report's folder that lists the pages the report wrote, one path a line
    /// relative to the folder. A report written again into the same folder removes the pages
    /// of the last one that it does not write (an outlet or article no longer given), which
    /// would otherwise stay beside the new ones with old figures; it removes nothing else.
    public static let manifestName = ".slant-report-files"

    /// The pages `write(site:to:)` writes, relative to the report's folder.
    func fileNames(_ site: ReportSite) -> [String] {
        var names = ["index.html"]
        for outlet in site.outlets {
            names += (1...outletPageCount(outlet)).map { "outlets/" + Self.outletFileName(outlet.row.slug, page: $0) }
        }
        names += site.articles.map { "articles/" + $0.slug + ".html" }
        return names
    }

    /// Removes the pages the last report listed in its manifest and this one does not write.
    /// Only names of the shapes a report writes are removed: nothing outside the folder, and
    /// no file the report did not write itself.
    func removeStalePages(in directory: URL, keeping: Set<String>) {
        let manifest = directory.appendingPathComponent(Self.manifestName).path
        guard let data = FileManager.default.contents(atPath: manifest) else { return }
        for line in String(decoding: data, as: UTF8.self).split(separator: "\n") {
            let name = String(line)
            let parts = name.split(separator: "/", omittingEmptySubsequences: false)
            let shaped = name.hasSuffix(".html") && !name.hasPrefix(".") && !parts.contains("..") && !parts.contains("")
                && (parts.count == 1 || (parts.count == 2 && (parts[0] == "outlets" || parts[0] == "articles")))
            guard shaped, !keeping.contains(name) else { continue }
            unlink(directory.path + "/" + name)
        }
    }

    /// Renders the article pages on all cores and writes them from one thread.
    ///
    /// Creating a file takes its folder's lock, so file creation in `articles/` is serial
    /// whatever the number of writers; with two, the waiting one spun on the lock (the
    /// kernel's `rwsem_spin_on_owner`), which on this machine's ext4 without a journal
    /// (where finding a free inode skips every recently deleted one) was up to a third of the
    /// report's CPU time. One writer leaves that core to rendering.
    func writeArticles(_ pages: [ArticlePage], toFolder path: String) throws {
        let folder = try OpenFolder(path: path)
        let queue = PageQueue(capacity: 256)
        let writer = Thread {
            while let batch = queue.takeAll() {
                for page in batch where !queue.failed {
                    do {
                        try Self.save(page.bytes, to: folder.path + page.name,
                                      openedBy: { openat(folder.fd, page.name, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644) })
                    } catch {
                        queue.fail(page.index, error)
                    }
                }
            }
            queue.writerDone()
        }
        writer.start()
        forEachInParallelUnlessFailed(pages.count, queue) { i in
            queue.put(PageQueue.Page(index: i, name: pages[i].slug + ".html", bytes: templates.articleBytes(pages[i], standalone: false)))
        }
        queue.finish()
        queue.waitForWriter()
        if let error = queue.firstError { throw error }
    }

    /// `forEachInParallel` for work that cannot fail itself, stopping early once the queue's
    /// writer has failed.
    private func forEachInParallelUnlessFailed(_ count: Int, _ queue: PageQueue, _ body: @Sendable (Int) -> Void) {
        guard count > 0 else { return }
        let chunks = min(count, max(1, ProcessInfo.processInfo.activeProcessorCount * 4))
        DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
            var i = chunk
            while i < count && !queue.failed {
                body(i)
                i += chunks
            }
        }
    }

    // Page by page, for a caller that streams pages from a store instead of holding a whole
    // `ReportSite` in memory: `prepare`, then `writeIndex`, `writeOutlet` for each outlet and
    // `writeArticle` for each article (from any thread), all with the same `directory`.

    /// Creates `directory` and its `outlets/` and `articles/` folders.
    public func prepare(_ directory: URL) throws {
        for dir in [directory, directory.appendingPathComponent("outlets"), directory.appendingPathComponent("articles")] {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: dir.path, isDirectory: &isDirectory), !isDirectory.boolValue {
                throw ReportError.cannotWrite(path: dir.path, problem: "is a file, not a folder")
            }
            do {
                try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
            } catch {
                throw ReportError.cannotWrite(path: dir.path, problem: "cannot create the folder")
            }
        }
    }

    /// Writes `index.html` and returns its URL.
    @discardableResult
    public func writeIndex(_ index: IndexPage, to directory: URL) throws -> URL {
        let url = directory.appendingPathComponent("index.html")
        try Self.save(templates.renderBytes(PageContext.index(index, css: templates.css), page: "index"), to: url.path)
        return url
    }

    /// Writes `outlets/<slug>.html` and its further pages.
    public func writeOutlet(_ page: OutletPage, index: IndexPage?, to directory: URL) throws {
        let folder = directory.path + "/outlets/"
        for (name, context) in outletContexts(page, index: index) {
            try Self.save(templates.renderBytes(context, page: "outlet"), to: folder + name)
        }
    }

    /// Writes `articles/<slug>.html`.
    public func writeArticle(_ page: ArticlePage, to directory: URL) throws {
        try writeArticle(page, toFolder: directory.path + "/articles/")
    }

    /// Writes `<folder><slug>.html`; `folder` ends with a slash. Paths are joined as strings:
    /// building a URL per page cost more than rendering its header.
    func writeArticle(_ page: ArticlePage, toFolder folder: String) throws {
        try Self.save(templates.articleBytes(page, standalone: false), to: folder + page.slug + ".html")
    }

    /// The index page.
    public func renderIndex(_ index: IndexPage) -> String {
        templates.render(PageContext.index(index, css: templates.css), page: "index")
    }

    /// An outlet's pages as (file name, HTML): `<slug>.html` with everything and the first
    /// articles, then `<slug>_2.html`, ... listing the rest.
    public func renderOutlet(_ page: OutletPage, index: IndexPage?) -> [(String, String)] {
        outletContexts(page, index: index).map { ($0.0, templates.render($0.1, page: "outlet")) }
    }

    /// The file name and context of each page of an outlet.
    func outletContexts(_ page: OutletPage, index: IndexPage?) -> [(String, [String: Any])] {
        let pages = outletPageCount(page)
        return (1...pages).map { n in
            let context = PageContext.outlet(page, number: n, pages: pages, pageSize: pageSize, index: index, css: templates.css)
            return (Self.outletFileName(page.row.slug, page: n), context)
        }
    }

    /// How many pages an outlet's article list takes.
    func outletPageCount(_ page: OutletPage) -> Int { max(1, (page.articles.count + pageSize - 1) / pageSize) }

    /// `<slug>.html` for an outlet's first page, `<slug>_<n>.html` for the others.
    static func outletFileName(_ slug: String, page n: Int) -> String { n == 1 ? "\(slug).html" : "\(slug)_\(n).html" }

    /// An article's page; `standalone` leaves out the links to the rest of the site (for
    /// `slant score --format html`).
    public func renderArticle(_ page: ArticlePage, standalone: Bool = false) -> String {
        String(decoding: templates.articleBytes(page, standalone: standalone), as: UTF8.self)
    }

    /// Writes a page with plain POSIX calls: Foundation's `Data.write` syncs every file to
    /// disk, which made writing 100,000 pages several times slower.
    static func save(_ bytes: [UInt8], to path: String, openedBy openFile: (() -> Int32)? = nil) throws {
        let fd = openFile?() ?? open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw ReportError.cannotWrite(path: path, problem: String(cString: strerror(errno))) }
        var failure: String?
        bytes.withUnsafeBytes { buffer in
            guard let base = buffer.baseAddress else { return }
            var offset = 0
            while offset < buffer.count {
                let n = posixWrite(fd, base + offset, buffer.count - offset)
                if n < 0 {
                    if errno == EINTR { continue }
                    failure = String(cString: strerror(errno))
                    return
                }
                offset += n
            }
        }
        if close(fd) != 0 && failure == nil { failure = String(cString: strerror(errno)) }
        if let failure { throw ReportError.cannotWrite(path: path, problem: failure) }
    }

    /// Runs `body` for 0..<count on all cores; rethrows the first error by index.
    func forEachInParallel(_ count: Int, _ body: @Sendable (Int) throws -> Void) throws {
        guard count > 0 else { return }
        let chunks = min(count, max(1, ProcessInfo.processInfo.activeProcessorCount * 4))
        let errors = Slots<Error>(chunks)
        DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
            var i = chunk
            while i < count {
                do {
                    try body(i)
                } catch {
                    errors.set(chunk, error)
                    return
                }
                i += chunks
            }
        }
        if let error = errors.values.lazy.compactMap({ $0 }).first { throw error }
    }
}

/// A folder held open while pages are written into it by name (`openat`), so the kernel
/// does not walk the folder's path again for each of 100,000 pages.
final class OpenFolder: Sendable {
    let fd: Int32
    /// The folder's path, ending with a slash (for error messages).
    let path: String

    init(path: String) throws {
        fd = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { throw ReportError.cannotWrite(path: path, problem: String(cString: strerror(errno))) }
        self.path = path
    }

    deinit { close(fd) }
}

/// Rendered pages on their way from the rendering threads to the one writing thread;
/// bounded, so rendering waits for the disk rather than holding every page in memory.
final class PageQueue: @unchecked Sendable {
    struct Page {
        var index: Int
        var name: String
        var bytes: [UInt8]
    }

    private let condition = NSCondition()
    private let capacity: Int
    private var pages: [Page] = []
    private var finished = false
    private var writing = true
    private var error: (index: Int, error: Error)?
    private var failedFlag = false

    init(capacity: Int) { self.capacity = max(1, capacity) }

    /// Adds a page, waiting while the queue is full.
    func put(_ page: Page) {
        condition.lock()
        while pages.count >= capacity && !failedFlag { condition.wait() }
        pages.append(page)
        condition.broadcast()
        condition.unlock()
    }

    /// Every page waiting, once there is one; nil when all are taken and no more will come.
    func takeAll() -> [Page]? {
        condition.lock()
        defer { condition.unlock() }
        while pages.isEmpty && !finished { condition.wait() }
        if pages.isEmpty { return nil }
        let batch = pages
        pages.removeAll(keepingCapacity: true)
        condition.broadcast()
        return batch
    }

    /// No more pages will come.
    func finish() {
        condition.lock()
        finished = true
        condition.broadcast()
        condition.unlock()
    }

    /// Records a failed write; the error of the lowest page index is the one reported, so it
    /// does not depend on the order pages were written in.
    func fail(_ index: Int, _ error: Error) {
        condition.lock()
        if self.error.map({ index < $0.index }) ?? true { self.error = (index, error) }
        failedFlag = true
        condition.broadcast()
        condition.unlock()
    }

    var failed: Bool {
        condition.lock()
        defer { condition.unlock() }
        return failedFlag
    }

    var firstError: Error? {
        condition.lock()
        defer { condition.unlock() }
        return error?.error
    }

    func writerDone() {
        condition.lock()
        writing = false
        condition.broadcast()
        condition.unlock()
    }

    func waitForWriter() {
        condition.lock()
        while writing { condition.wait() }
        condition.unlock()
    }
}

/// `write(2)`, named apart from `ReportWriter.write`.
private func posixWrite(_ fd: Int32, _ buffer: UnsafeRawPointer, _ count: Int) -> Int {
    write(fd, buffer, count)
}
