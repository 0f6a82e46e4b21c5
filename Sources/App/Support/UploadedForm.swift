import Domain
import NIOCore
import Foundation
import NIOConcurrencyHelpers
import Vapor
import Views

/// A `multipart/form-data` form read as a stream (issue 13): the CSRF token must come in the
/// first part, and is checked before any other byte is accepted; files go to a temporary folder
/// in chunks, each at most `maxFileBytes`; text fields are small and checked like any form
/// (no NUL, only UTF-8); a body that stops arriving for `SAMORDNA_BODY_TIMEOUT_SECONDS` is refused.
/// The caller removes the folder with `removeFiles()` once the files are stored.
struct UploadedForm {
    struct File {
        let field: String
        let filename: String
        let path: URL
        let size: Int

        func data() throws -> Data {
            try Data(contentsOf: path)
        }
    }

    var values: [String: String] = [:]
    var files: [File] = []
    /// Files that were larger than allowed; nothing of them is kept.
    var oversized: [String] = []
    let directory: URL

    /// The largest text field, and all text fields together.
    static let valueLimit = 65_536
    static let valuesLimit = 1_048_576

    func removeFiles() {
        try? FileManager.default.removeItem(at: directory)
    }

    static func read(_ request: Request, maxFileBytes: Int, maxFiles: Int = 50) async throws -> UploadedForm {
        guard let expected = request.pendingCSRFToken else { throw CSRFFailure() }
        guard let boundary = request.headers.contentType?.parameters["boundary"], !boundary.isEmpty, boundary.count <= 200 else {
            throw Abort(.badRequest)
        }
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("samordna-upload-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let collector = Collector(expectedToken: expected, directory: directory, maxFileBytes: maxFileBytes, maxFiles: maxFiles)
        do {
            try await feed(request, to: collector, boundary: boundary)
            try collector.finish()
        } catch {
            collector.closeFile()
            try? FileManager.default.removeItem(at: directory)
            throw error
        }
        return UploadedForm(values: collector.values, files: collector.files, oversized: collector.oversized, directory: directory)
    }

    /// Reads the body chunk by chunk; a watchdog refuses a body that stalls.
    private static func feed(_ request: Request, to collector: Collector, boundary: String) async throws {
        let lastProgress = NIOLockedValueBox(NIODeadline.now())
        let timeout = TimeAmount.seconds(Int64(request.application.settings.bodyTimeoutSeconds))
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask {
                let parser = MultipartParser(boundary: boundary)
                parser.onHeader = { name, value in collector.header(name, value) }
                parser.onBody = { buffer in collector.body(&buffer) }
                parser.onPartComplete = { collector.partComplete() }
                for try await var chunk in request.body {
                    // In pieces, so that the clock measures waiting for the client, not parsing.
                    while chunk.readableBytes > 0, let piece = chunk.readSlice(length: min(chunk.readableBytes, 65_536)) {
                        collector.arrived(piece.readableBytes)
                        do { try parser.execute(piece) } catch { throw Abort(.badRequest) }
                        if let failure = collector.failure { throw failure }
                        lastProgress.withLockedValue { $0 = .now() }
                    }
                }
            }
            group.addTask {
                while true {
                    try await Task.sleep(for: .seconds(1))
                    if lastProgress.withLockedValue({ $0 }) + timeout < .now() { throw Abort(.requestTimeout) }
                }
            }
            try await group.next()
            group.cancelAll()
        }
    }

    /// The parser's callbacks, used by one task at a time.
    private final class Collector: @unchecked Sendable {
        let expectedToken: String
        let directory: URL
        let maxFileBytes: Int
        let maxFiles: Int
        var values: [String: String] = [:]
        var files: [File] = []
        var oversized: [String] = []
        var failure: (any Error)?

        private var partIndex = 0
        private var tokenChecked = false
        private var bytesBeforeToken = 0
        private var headers: [(String, String)] = []
        private var name: String?
        private var filename: String?
        private var value: [UInt8] = []
        private var valueBytes = 0
        private var handle: FileHandle?
        private var filePath: URL?
        private var fileSize = 0
        private var fileTooLarge = false
        private var headersStarted = false

        init(expectedToken: String, directory: URL, maxFileBytes: Int, maxFiles: Int) {
            self.expectedToken = expectedToken
            self.directory = directory
            self.maxFileBytes = maxFileBytes
            self.maxFiles = maxFiles
        }

        /// The token comes first and is short: a client that sends more before it is refused.
        func arrived(_ count: Int) {
            guard !tokenChecked else { return }
            bytesBeforeToken += count
            if bytesBeforeToken > UploadedForm.valueLimit { fail(CSRFFailure()) }
        }

        func header(_ name: String, _ value: String) {
            guard failure == nil else { return }
            // Nothing but the token is read before the token has been checked.
            if partIndex > 0 && !tokenChecked { return fail(CSRFFailure()) }
            headers.append((name.lowercased(), value))
        }

        /// The first body byte (or the end of an empty part) ends the part's headers.
        private func startPartIfNeeded() {
            guard !headersStarted else { return }
            headersStarted = true
            let disposition = headers.first { $0.0 == "content-disposition" }?.1 ?? ""
            let parameters = Self.dispositionParameters(disposition)
            name = parameters["name"]
            filename = parameters["filename"]
            if partIndex == 0 && name != CSRF.fieldName { return fail(CSRFFailure()) }
            guard let filename, !filename.isEmpty, let name else { return }
            guard files.count + oversized.count < maxFiles else { return fail(Abort(.payloadTooLarge)) }
            let path = directory.appendingPathComponent("\(files.count + oversized.count)")
            FileManager.default.createFile(atPath: path.path, contents: nil)
            handle = FileHandle(forWritingAtPath: path.path)
            filePath = path
            fileSize = 0
            fileTooLarge = false
        }

        func body(_ buffer: inout ByteBuffer) {
            guard failure == nil else { return }
            startPartIfNeeded()
            guard failure == nil else { return }
            if let handle {
                fileSize += buffer.readableBytes
                if fileSize > maxFileBytes {
                    // Read on (the form's other fields may follow) but keep nothing of the file.
                    fileTooLarge = true
                    return
                }
                do { try handle.write(contentsOf: buffer.readableBytesView) } catch { fail(error) }
            } else {
                valueBytes += buffer.readableBytes
                guard value.count + buffer.readableBytes <= UploadedForm.valueLimit, valueBytes <= UploadedForm.valuesLimit else {
                    return fail(Abort(.payloadTooLarge))
                }
                value.append(contentsOf: buffer.readableBytesView)
            }
        }

        func partComplete() {
            guard failure == nil else { return }
            startPartIfNeeded()
            guard failure == nil else { return }
            defer {
                partIndex += 1
                headers = []
                headersStarted = false
                value = []
                name = nil
                filename = nil
            }
            if handle != nil {
                closeFile()
                if let filePath, let filename {
                    if fileTooLarge {
                        oversized.append(filename)
                        try? FileManager.default.removeItem(at: filePath)
                    } else {
                        files.append(File(field: name ?? "", filename: filename, path: filePath, size: fileSize))
                    }
                }
                filePath = nil
                return
            }
            if let problem = FormInput.check(value) {
                return fail(FormInputRejected(FormInput.Finding(field: name ?? "", problem: problem)))
            }
            let text = String(decoding: value, as: UTF8.self)
            if partIndex == 0 {
                guard CSRFMiddleware.constantTimeEquals(Array(text.utf8), Array(expectedToken.utf8)) else { return fail(CSRFFailure()) }
                tokenChecked = true
                return
            }
            if let name { values[name] = text }
        }

        func finish() throws {
            if let failure { throw failure }
            guard tokenChecked else { throw CSRFFailure() }
        }

        func closeFile() {
            try? handle?.close()
            handle = nil
        }

        private func fail(_ error: any Error) {
            if failure == nil { failure = error }
        }

        /// `form-data; name="file"; filename="Budget 2027.pdf"` → ["name": "file", "filename": "Budget 2027.pdf"].
        static func dispositionParameters(_ value: String) -> [String: String] {
            var result: [String: String] = [:]
            for part in value.split(separator: ";").dropFirst() {
                let pair = part.split(separator: "=", maxSplits: 1)
                guard pair.count == 2 else { continue }
                var text = pair[1].trimmingWhitespace()
                if text.hasPrefix("\"") && text.hasSuffix("\"") && text.count >= 2 { text = String(text.dropFirst().dropLast()) }
                result[pair[0].trimmingWhitespace().lowercased()] = text.replacingOccurrences(of: "\\\"", with: "\"")
            }
            return result
        }
    }
}

extension RoutesBuilder {
    /// A POST that takes files: the body is streamed (never collected whole into memory) and
    /// the CSRF middleware leaves the token to `UploadedForm`.
    @discardableResult
    func upload(_ path: [PathComponent], use closure: @escaping @Sendable (Request) async throws -> Response) -> Route {
        let route = on(.POST, path, body: .stream, use: closure)
        route.userInfo[Route.uploadKey] = true
        return route
    }
}

extension Route {
    static let uploadKey = "samordna.upload"

    var takesUploads: Bool { userInfo[Self.uploadKey] as? Bool ?? false }
}
