import Documents
import ExternalTools
import Foundation
import Views
import Vapor

extension Application {
    private struct PDFRendererKey: StorageKey {
        typealias Value = any PDFRenderer
    }

    private struct ToolRunnerKey: StorageKey {
        typealias Value = ToolRunner
    }

    /// Debian's weasyprint unless something else is configured (tests may swap it).
    var pdfRenderer: any PDFRenderer {
        get { storage[PDFRendererKey.self] ?? WeasyPrintRenderer(tools: tools) }
        set { storage[PDFRendererKey.self] = newValue }
    }

    /// Every external program runs through this runner: one queue and one set of limits per server.
    var tools: ToolRunner {
        get { storage[ToolRunnerKey.self] ?? ToolRunner(limits: settings.toolLimits) }
        set { storage[ToolRunnerKey.self] = newValue }
    }
}

extension Request {
    /// Typesets a print document; an unavailable typesetter is a 503 with a Swedish explanation,
    /// logged with the document it was for.
    func pdf(fromHTML html: String, for document: String) async throws -> Data {
        try await typesetting(document) { try await application.pdfRenderer.pdf(fromHTML: html) }
    }

    /// Runs work that typesets `document`, turning a failure of the typesetter into that 503.
    func typesetting<T>(_ document: String, _ work: () async throws -> T) async throws -> T {
        do {
            return try await work()
        } catch let abort as Abort {
            throw abort
        } catch {
            logger.error("\(document) PDF: \(error)")
            throw ToolUnavailable(error)
        }
    }

    /// A generated PDF as a download.
    func pdfResponse(_ data: Data, filename: String) -> Response {
        var headers = HTTPHeaders()
        headers.replaceOrAdd(name: .contentType, value: "application/pdf")
        headers.replaceOrAdd(name: .contentDisposition, value: "inline; filename=\"\(filename)\"")
        headers.replaceOrAdd(name: .cacheControl, value: "private, no-cache")
        return Response(status: .ok, headers: headers, body: .init(data: data))
    }
}

/// A document that could not be made because its program is missing, too slow, or the queue is
/// full: 503 with a Swedish reason that says which, never "an unexpected error".
struct ToolUnavailable: ExplainedError {
    let explanation: String
    var status: HTTPResponseStatus { .serviceUnavailable }
    var title: String { Sv.ErrorPage.toolTitle }

    init(_ error: any Error) {
        guard let failure = error as? ToolFailure else {
            explanation = Sv.Notices.pdfUnavailable
            return
        }
        explanation = switch failure.kind {
        case .missing: Sv.ErrorPage.toolMissing(failure.tool)
        case .timedOut(let seconds): Sv.ErrorPage.toolTimedOut(seconds)
        case .busy: Sv.ErrorPage.toolBusy
        case .outputTooLarge, .cancelled, .failed: Sv.Notices.pdfUnavailable
        }
    }
}
