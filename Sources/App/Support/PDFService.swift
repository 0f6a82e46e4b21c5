import Documents
import Foundation
import Views
import Vapor

extension Application {
    private struct PDFRendererKey: StorageKey {
        typealias Value = any PDFRenderer
    }

    /// Debian's weasyprint unless something else is configured (tests may swap it).
    var pdfRenderer: any PDFRenderer {
        get { storage[PDFRendererKey.self] ?? WeasyPrintRenderer() }
        set { storage[PDFRendererKey.self] = newValue }
    }
}

extension Request {
    /// Typesets a print document; an unavailable typesetter is a 503 with a Swedish explanation,
    /// logged with the document it was for.
    func pdf(fromHTML html: String, for document: String) async throws -> Data {
        do {
            return try await application.pdfRenderer.pdf(fromHTML: html)
        } catch let abort as Abort {
            throw abort
        } catch {
            logger.error("\(document) PDF: \(error)")
            throw Abort(.serviceUnavailable, reason: Sv.Notices.pdfUnavailable)
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
