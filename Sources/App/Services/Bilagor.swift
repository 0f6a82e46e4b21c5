import Domain
import Fluent
import Foundation
import Persistence
import Vapor
import Views

/// Bilagor as the meeting page, the kallelse and the API show them, and a stored file as a download.
enum Bilagor {
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
