import Documents
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
