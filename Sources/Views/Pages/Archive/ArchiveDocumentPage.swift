/// One document found in an imported file: what it is, where it came from, the warnings the
/// importer raised, and its text line by line, the repair beside the original.
public enum ArchiveDocumentPage {
    public struct Model: Sendable {
        public var title: String
        public var kind: String
        public var fileName: String
        public var importedOn: String
        public var lines: (first: Int, last: Int)
        public var warnings: [String]
        /// Line number, original, repaired.
        public var text: [(number: Int, original: String, repaired: String)]

        public init(title: String, kind: String, fileName: String, importedOn: String, lines: (first: Int, last: Int), warnings: [String],
                    text: [(number: Int, original: String, repaired: String)]) {
            self.title = title
            self.kind = kind
            self.fileName = fileName
            self.importedOn = importedOn
            self.lines = lines
            self.warnings = warnings
            self.text = text
        }
    }

    public static func render(_ model: Model, context: PageContext) -> String {
        Layout.page(title: model.title, context: context) {
            h1 { model.title }
            dl {
                dt { Sv.Archive.kind }
                dd { model.kind }
                dt { Sv.Archive.source }
                dd { Sv.Archive.sourceLines(model.fileName, model.lines.first, model.lines.last) }
                dt { Sv.Archive.importedOn }
                dd { model.importedOn }
            }
            if !model.warnings.isEmpty {
                h2 { Sv.Archive.warnings }
                ul { for warning in model.warnings { li { warning } } }
            }
            h2 { Sv.Archive.text }
            paragraph(.class("hint")) { Sv.Archive.textHint }
            ArchivePages.textTable(model.text)
        }
    }
}
