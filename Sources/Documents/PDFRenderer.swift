import Foundation

/// Turns a complete, self-contained HTML document into a PDF. Documents (kallelse, protokoll,
/// utdrag) are rendered from the same content as their HTML pages, through a real typesetter.
public protocol PDFRenderer: Sendable {
    func pdf(fromHTML html: String) async throws -> Data
}

public struct PDFRenderingFailed: Error, CustomStringConvertible {
    public let description: String
}
