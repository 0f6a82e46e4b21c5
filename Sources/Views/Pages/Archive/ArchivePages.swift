import Domain

/// The archive import in the browser: the list (upload form, files being read or waiting for
/// review, files imported) and the review of one file, with the fields to correct, the warnings
/// and the text of each document found in it.
public enum ArchivePages {
    public struct UploadRow: Sendable {
        public var id: String
        public var fileName: String
        public var size: Int
        public var status: String
        public var documents: Int?
        public var warnings: Int?
        public var problem: String?
        public var uploadedBy: String
        public var isReady: Bool
        public var isFinished: Bool
        /// Pages done and in all, while the file is read.
        public var pages: (done: Int, total: Int)?

        public init(id: String, fileName: String, size: Int, status: String, documents: Int?, warnings: Int?, problem: String?,
                    uploadedBy: String, isReady: Bool, isFinished: Bool, pages: (done: Int, total: Int)? = nil) {
            self.id = id
            self.fileName = fileName
            self.size = size
            self.status = status
            self.documents = documents
            self.warnings = warnings
            self.problem = problem
            self.uploadedBy = uploadedBy
            self.isReady = isReady
            self.isFinished = isFinished
            self.pages = pages
        }
    }

    public struct ImportRow: Sendable {
        public var fileName: String
        public var importedBy: String
        public var importedOn: String
        public var warnings: Int
        /// Id and title of each document found in the file.
        public var documents: [(id: String, title: String)]

        public init(fileName: String, importedBy: String, importedOn: String, warnings: Int, documents: [(id: String, title: String)]) {
            self.fileName = fileName
            self.importedBy = importedBy
            self.importedOn = importedOn
            self.warnings = warnings
            self.documents = documents
        }
    }

    public struct ListModel: Sendable {
        public var uploads: [UploadRow]
        public var imports: [ImportRow]
        public var sizeLimitMB: Int

        public init(uploads: [UploadRow], imports: [ImportRow], sizeLimitMB: Int) {
            self.uploads = uploads
            self.imports = imports
            self.sizeLimitMB = sizeLimitMB
        }
    }

    public static func list(_ model: ListModel, state: FormState, slug: String, context: PageContext) -> String {
        Layout.page(title: Sv.Archive.title, context: context, hasErrors: state.hasErrors) {
            h1 { Sv.Archive.title }
            paragraph { Sv.Archive.intro }
            FormView.render(state, action: SiteURL.archive(slug).path, submit: Sv.Archive.upload, items: [
                .field(FieldSpec("files", Sv.Archive.files, .file(accept: ".pdf,.txt,application/pdf,text/plain", multiple: true),
                                 hint: Sv.Archive.filesHint(model.sizeLimitMB))),
            ])
            section(.aria("labelledby", "uppladdade")) {
                h2(.id("uppladdade")) { Sv.Archive.uploadsTitle }
                let finished = model.uploads.filter(\.isFinished).count
                if finished < model.uploads.count {
                    div(.class("import-progress"), Attribute("role", "status")) {
                        tag("label", [.for("import-progress")]) { Sv.Archive.progress(finished, model.uploads.count) }
                        tag("progress", [.id("import-progress"), .value(String(finished)), Attribute("max", String(model.uploads.count))]) {
                            Sv.Archive.progress(finished, model.uploads.count)
                        }
                        for row in model.uploads {
                            if let pages = row.pages {
                                tag("label", [.for("sidor-\(row.id)")]) { Sv.Archive.pagesProgress(row.fileName, pages.done, pages.total) }
                                tag("progress", [.id("sidor-\(row.id)"), .value(String(pages.done)), Attribute("max", String(pages.total))]) {
                                    Sv.Archive.pagesProgress(row.fileName, pages.done, pages.total)
                                }
                            }
                        }
                        paragraph(.class("hint")) { Sv.Archive.refreshHint }
                    }
                }
                dataTable(caption: Sv.Archive.uploadsCaption,
                          headers: [Sv.Archive.file, Sv.Archive.size, Sv.Archive.status, Sv.Archive.documents, Sv.Archive.warningCount,
                                    Sv.Archive.uploadedBy, Sv.Archive.actions],
                          rows: model.uploads.map { row in
                              [.text(row.fileName), .text(Sv.Attachments.size(row.size)),
                               .text(row.status + (row.problem.map { ": " + $0 } ?? "")),
                               .text(row.documents.map(String.init) ?? ""), .text(row.warnings.map(String.init) ?? ""), .text(row.uploadedBy),
                               Node.build {
                                   if row.isReady {
                                       link(SiteURL.archiveUpload(slug, row.id).path, .aria("label", Sv.Archive.reviewLabel(row.fileName))) {
                                           Sv.Archive.review
                                       }
                                   }
                                   // A file being read can be removed too: its reading is stopped.
                                   postButton(SiteURL.archiveUploadRemove(slug, row.id).path, Sv.Archive.remove, csrf: context.csrfToken,
                                              label: Sv.Archive.removeLabel(row.fileName))
                               }]
                          }, numericColumns: [1, 3, 4], emptyText: Sv.Archive.noUploads)
            }
            section(.aria("labelledby", "importerade")) {
                h2(.id("importerade")) { Sv.Archive.importsTitle }
                dataTable(caption: Sv.Archive.importsCaption,
                          headers: [Sv.Archive.file, Sv.Archive.importedOn, Sv.Archive.importedBy, Sv.Archive.warningCount, Sv.Archive.documents],
                          rows: model.imports.map { row in
                              [.text(row.fileName), .text(row.importedOn), .text(row.importedBy), .text(String(row.warnings)),
                               ul(.class("plain")) {
                                   for document in row.documents { li { link(SiteURL.archiveDocument(slug, document.id).path) { document.title } } }
                               }]
                          }, numericColumns: [3], emptyText: Sv.Archive.noImports)
            }
        }
    }

    public struct ReviewDocument: Sendable {
        public var kind: DocumentKind
        public var lines: (first: Int, last: Int)
        public var title: String?
        public var warnings: [String]
        public var items: [(number: Int, presenter: String?, attachments: [String])]
        /// Each § with its decisions as text.
        public var paragraphs: [(number: Int, decisions: [String])]
        /// Name, organisation, role, § range.
        public var attendance: [[String]]
        public var text: [(number: Int, original: String, repaired: String)]

        public init(kind: DocumentKind, lines: (first: Int, last: Int), title: String?, warnings: [String],
                    items: [(number: Int, presenter: String?, attachments: [String])], paragraphs: [(number: Int, decisions: [String])],
                    attendance: [[String]], text: [(number: Int, original: String, repaired: String)]) {
            self.kind = kind
            self.lines = lines
            self.title = title
            self.warnings = warnings
            self.items = items
            self.paragraphs = paragraphs
            self.attendance = attendance
            self.text = text
        }
    }

    public struct ReviewModel: Sendable {
        public var id: String
        public var fileName: String
        public var uploadedBy: String
        /// The association's bodies (id, name) the meetings can belong to.
        public var bodies: [(id: String, name: String)]
        public var notes: [String]
        public var documents: [ReviewDocument]

        public init(id: String, fileName: String, uploadedBy: String, bodies: [(id: String, name: String)], notes: [String],
                    documents: [ReviewDocument]) {
            self.id = id
            self.fileName = fileName
            self.uploadedBy = uploadedBy
            self.bodies = bodies
            self.notes = notes
            self.documents = documents
        }
    }

    /// The fields of one document, grouped as the page shows them. Names as `ImportCorrections` reads them.
    static func fieldGroups(_ document: ReviewDocument, index: Int) -> [(legend: String, hint: String?, fields: [FieldSpec])] {
        let d = "d\(index)-"
        var groups: [(legend: String, hint: String?, fields: [FieldSpec])] = []
        switch document.kind {
        case .kallelse, .protokoll:
            groups.append((Sv.Archive.meeting, nil, [
                FieldSpec(d + "date", Sv.Archive.date, .date, optional: true),
                FieldSpec(d + "start", Sv.Archive.start, hint: Sv.Meetings.timeHint, optional: true),
                FieldSpec(d + "end", Sv.Archive.end, hint: Sv.Meetings.timeHint, optional: true),
                FieldSpec(d + "place", Sv.Archive.place, optional: true),
            ]))
        case .bilaga, .arsredovisning, .annat:
            groups.append((Sv.Archive.documentTitle, nil, [FieldSpec(d + "title", Sv.Archive.documentTitle, optional: true)]))
        }
        if document.kind == .protokoll {
            groups.append((Sv.Archive.signing, nil, [
                FieldSpec(d + "secretary", Sv.Archive.secretary, optional: true),
                FieldSpec(d + "chair", Sv.Archive.chair, optional: true),
                FieldSpec(d + "adjusters", Sv.Archive.adjusters, hint: Sv.Archive.adjustersHint, optional: true),
                FieldSpec(d + "adjustedOn", Sv.Archive.adjustedOn, .date, optional: true),
                FieldSpec(d + "noticePostedOn", Sv.Archive.noticePostedOn, .date, optional: true),
                FieldSpec(d + "noticeRemovedOn", Sv.Archive.noticeRemovedOn, .date, optional: true),
            ]))
        }
        if !document.items.isEmpty {
            groups.append((Sv.Archive.items, nil, document.items.enumerated().map { position, item in
                FieldSpec(d + "i\(position)", Sv.Archive.item(item.number),
                          hint: Sv.Archive.itemHint(presenter: item.presenter, attachments: item.attachments))
            }))
        }
        if !document.paragraphs.isEmpty {
            groups.append((Sv.Archive.paragraphs, nil, document.paragraphs.enumerated().map { position, paragraph in
                FieldSpec(d + "p\(position)", Sv.Archive.paragraph(paragraph.number),
                          hint: paragraph.decisions.isEmpty ? nil : paragraph.decisions.joined(separator: " "))
            }))
        }
        return groups
    }

    public static func review(_ model: ReviewModel, state: FormState, slug: String, context: PageContext) -> String {
        let groups = model.documents.enumerated().map { fieldGroups($1, index: $0) }
        let body = FieldSpec("body", Sv.Archive.body, .select(model.bodies.map { ($0.id, $0.name) }, includeEmpty: false), hint: Sv.Archive.bodyHint)
        // The summary names the document too: every document has a "Datum".
        let summaryFields = groups.enumerated().flatMap { index, documentGroups in
            documentGroups.flatMap(\.fields).map { FieldSpec($0.name, Sv.Archive.fieldOf(index + 1, $0.label)) }
        } + [body, FieldSpec("commit", Sv.Archive.commitField)]
        return Layout.page(title: Sv.Archive.reviewTitle(model.fileName), context: context, hasErrors: state.hasErrors) {
            h1 { Sv.Archive.reviewTitle(model.fileName) }
            paragraph { Sv.Archive.reviewIntro }
            dl {
                dt { Sv.Archive.uploadedBy }
                dd { model.uploadedBy }
                if !model.notes.isEmpty {
                    dt { Sv.Archive.readerNotes }
                    for note in model.notes { dd { note } }
                }
            }
            FormView.errorSummary(state, fields: summaryFields)
            tag("form", [.method("post"), .action(SiteURL.archiveUpload(slug, model.id).path), .flag("novalidate"), .class("form")]) {
                CSRF.field(state.csrfToken)
                FormView.render(body, state)
                for (index, document) in model.documents.enumerated() {
                    section(.aria("labelledby", "handling-\(index)")) {
                        h2(.id("handling-\(index)")) {
                            Sv.Archive.documentHeading(index + 1, Sv.Search.documentKindName(document.kind.rawValue), document.title)
                        }
                        paragraph(.class("hint")) { Sv.Archive.sourceLines(model.fileName, document.lines.first, document.lines.last) }
                        h3 { Sv.Archive.warnings }
                        if document.warnings.isEmpty {
                            paragraph { Sv.Archive.noWarnings }
                        } else {
                            ul(.class("warnings")) { for warning in document.warnings { li { warning } } }
                        }
                        for group in groups[index] {
                            tag("fieldset", []) {
                                tag("legend", []) { group.legend }
                                for field in group.fields { FormView.render(field, state) }
                            }
                        }
                        if !document.attendance.isEmpty {
                            dataTable(caption: Sv.Archive.attendance,
                                      headers: [Sv.Archive.name, Sv.Archive.organisation, Sv.Archive.role, Sv.Archive.paragraphRange],
                                      rows: document.attendance.map { $0.map { .text($0) } })
                        }
                        tag("details", []) {
                            tag("summary", []) { Sv.Archive.showText }
                            textTable(document.text)
                        }
                    }
                }
                div(.class("form-actions")) {
                    button(.type("submit"), .name("action"), .value("save"), .class("button secondary")) { Sv.Archive.saveCorrections }
                    button(.type("submit"), .name("action"), .value("commit"), .class("button")) { Sv.Archive.commit }
                    link(SiteURL.archive(slug).path, .class("cancel")) { Sv.cancel }
                }
            }
            postButton(SiteURL.archiveUploadRemove(slug, model.id).path, Sv.Archive.removeFile, csrf: context.csrfToken)
        }
    }

    /// The text line by line, the repair beside the original (shown only where the repair changed the line).
    static func textTable(_ text: [(number: Int, original: String, repaired: String)]) -> Node {
        dataTable(caption: Sv.Archive.text, headers: [Sv.Archive.line, Sv.Archive.repaired, Sv.Archive.original],
                  rows: text.map { line in
                      [.text(String(line.number)), .text(line.repaired), .text(line.original == line.repaired ? "" : line.original)]
                  }, numericColumns: [0])
    }
}
