import Domain
import Fluent
import Foundation
import Persistence
import Vapor
import Views

/// Bilagor as the meeting page, the kallelse and the API show them, and a stored file as a download.
enum Bilagor {
    /// A file to add as a bilaga; `secrecyGround` makes it secret.
    struct NewFile {
        var title: String
        var secrecyGround: String?
        var data: Data
        var filename: String
        var mediaType: String
    }

    /// Adds the file as the meeting's next numbered bilaga, linked to the given items. The caller
    /// has checked the file and that the meeting's phase allows it.
    static func add(_ file: NewFile, meetingID: UUID, itemIDs: [UUID], organisationID: UUID, actor: Actor, on database: any Database) async throws
        -> Attachment {
        try await database.transaction { db -> Attachment in
            let number = (try await Attachment.query(on: db).filter(\.$meeting.$id == meetingID).max(\.$number) ?? 0) + 1
            let attachment = Attachment(organisationID: organisationID, meetingID: meetingID, number: number, title: file.title,
                                        secrecyGround: file.secrecyGround)
            try await attachment.create(on: db)
            let stored = try await FileStore.store(file.data, on: db)
            try await AttachmentVersion(attachmentID: attachment.requireID(), version: 1, fileID: stored.requireID(), filename: file.filename,
                                        mediaType: file.mediaType, byteCount: file.data.count, uploadedBy: actor.name).create(on: db)
            for itemID in itemIDs {
                try await AgendaItemAttachment(itemID: itemID, attachmentID: attachment.requireID()).create(on: db)
            }
            try await AuditLog.record(on: db, actor: actor, organisationID: organisationID, action: .created, subject: .attachment,
                                      entityID: attachment.id, name: Sv.Attachments.heading(number, file.title), before: nil,
                                      after: ["title": file.title, "file": file.filename, "sha256": stored.sha256,
                                              "secrecyGround": file.secrecyGround ?? "", "items": String(itemIDs.count)])
            return attachment
        }
    }

    /// Stores the file as the bilaga's next version. Requires the versions to be loaded; the caller
    /// has checked the file and that the meeting's phase allows it.
    static func addVersion(_ data: Data, filename: String, mediaType: String, to attachment: Attachment, organisationID: UUID, actor: Actor,
                           on database: any Database) async throws {
        let next = (attachment.versions.map(\.version).max() ?? 0) + 1
        try await database.transaction { db in
            let stored = try await FileStore.store(data, on: db)
            try await AttachmentVersion(attachmentID: attachment.requireID(), version: next, fileID: stored.requireID(), filename: filename,
                                        mediaType: mediaType, byteCount: data.count, uploadedBy: actor.name).create(on: db)
            try await AuditLog.record(on: db, actor: actor, organisationID: organisationID, action: .updated, subject: .attachment,
                                      entityID: attachment.id, name: Sv.Attachments.heading(attachment.number, attachment.title),
                                      before: nil, after: ["version": String(next), "file": filename, "sha256": stored.sha256])
        }
    }

    /// Requires the versions to be loaded.
    static func row(_ attachment: Attachment, on database: any Database) async throws -> AttachmentPages.Row {
        let links = try await AgendaItemAttachment.query(on: database).filter(\.$attachment.$id == attachment.requireID())
            .with(\.$item).all()
        let itemGrounds = links.map(\.item.secrecyGround)
        return AttachmentPages.Row(id: try attachment.requireID().uuidString, number: attachment.number, title: attachment.title,
                                   secrecyGround: AttachmentSecrecy.ground(own: attachment.secrecyGround, itemGrounds: itemGrounds,
                                                                           publishedExplicitly: attachment.publishedExplicitly),
                                   itemNumbers: links.map(\.item.position).sorted(),
                                   latestSize: attachment.versions.max { $0.version < $1.version }?.byteCount ?? 0,
                                   onlySecretItems: attachment.secrecyGround == nil && AttachmentSecrecy.inheritsSecrecy(itemGrounds: itemGrounds),
                                   publishedExplicitly: attachment.publishedExplicitly)
    }

    static func rows(of meetingID: UUID, on database: any Database) async throws -> [AttachmentPages.Row] {
        let attachments = try await Attachment.query(on: database).filter(\.$meeting.$id == meetingID).with(\.$versions).sort(\.$number).all()
        var rows: [AttachmentPages.Row] = []
        for attachment in attachments { rows.append(try await row(attachment, on: database)) }
        return rows
    }

    static func fileResponse(_ file: StoredFile, filename: String, mediaType: String) -> Response {
        var headers = HTTPHeaders()
        headers.replaceOrAdd(name: .contentType, value: mediaType)
        let ascii = String(filename.map { $0.isASCII && $0 != "\"" && $0 != "\\" ? $0 : "_" })
        let encoded = filename.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? ascii
        headers.replaceOrAdd(name: .contentDisposition, value: "attachment; filename=\"\(ascii)\"; filename*=UTF-8''\(encoded)")
        headers.replaceOrAdd(name: .eTag, value: "\"\(file.sha256)\"")
        headers.replaceOrAdd(name: .cacheControl, value: "private, no-cache")
        return Response(status: .ok, headers: headers, body: .init(data: file.data))
    }

    /// Where the public downloads a bilaga of the published kallelse; secret ones have no address.
    static func publicAttachmentURL(_ slug: String, _ meetingID: String, _ attachment: NoticeContent.AttachmentRef) -> String? {
        attachment.secrecyGround == nil ? SiteURL.publicAttachment(slug, meetingID, String(attachment.number)).path : nil
    }
}
