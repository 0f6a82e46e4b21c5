import Fluent
import Foundation
import Persistence
import Vapor

/// The durable outbox: mail is written to the database with the change that causes it and sent
/// later by `deliverDue`, retried with growing pauses while the server is unreachable.
enum Outbox {
    struct Recipient: Hashable, Sendable {
        var email: String
        var name: String?
    }

    static let maxAttempts = 12

    static func enqueue(on database: any Database, organisationID: UUID, to recipients: [Recipient], subject: String, body: String,
                        topic: String, subjectID: UUID?, attachment: (file: StoredFile, name: String, mediaType: String)? = nil) async throws {
        for recipient in recipients {
            let message = OutboxMessage(organisationID: organisationID, recipient: recipient.email, recipientName: recipient.name,
                                        subject: subject, body: body, topic: topic, subjectID: subjectID, notBefore: Date())
            if let attachment {
                message.$attachmentFile.id = try attachment.file.requireID()
                message.attachmentName = attachment.name
                message.attachmentMediaType = attachment.mediaType
            }
            try await message.create(on: database)
        }
    }

    /// Pause before the next attempt: one minute, doubling, at most six hours.
    static func backoff(afterAttempt attempt: Int) -> TimeInterval {
        min(60 * pow(2, Double(max(attempt - 1, 0))), 6 * 3600)
    }

    /// Sends every message that is due. Each message is claimed by moving its next attempt forward
    /// first, so two app servers never send the same message at the same time.
    @discardableResult
    static func deliverDue(_ app: Application, now: Date = Date()) async throws -> (sent: Int, retrying: Int, failed: Int) {
        guard let smtp = app.settings.smtp else { return (0, 0, 0) }
        let due = try await OutboxMessage.query(on: app.db).filter(\.$statusRaw == OutboxMessage.Status.pending.rawValue)
            .filter(\.$nextAttemptAt <= now).sort(\.$nextAttemptAt).limit(50).all()
        var counts = (sent: 0, retrying: 0, failed: 0)
        for message in due {
            guard try await claim(message, on: app.db, now: now) else { continue }
            do {
                try await SMTPClient.send(try await mail(for: message, on: app.db), with: smtp, group: app.eventLoopGroup)
                message.statusRaw = OutboxMessage.Status.sent.rawValue
                message.sentAt = Date()
                message.lastError = nil
                counts.sent += 1
            } catch {
                let permanent = (error as? SMTPFailure)?.isPermanent ?? false
                message.lastError = String(describing: error)
                if permanent || message.attempts >= maxAttempts {
                    message.statusRaw = OutboxMessage.Status.failed.rawValue
                    counts.failed += 1
                } else {
                    message.nextAttemptAt = now.addingTimeInterval(backoff(afterAttempt: message.attempts))
                    counts.retrying += 1
                }
                app.logger.warning("mail to \(message.recipient) not sent (attempt \(message.attempts)): \(error)")
            }
            try await message.save(on: app.db)
        }
        return counts
    }

    private static func claim(_ message: OutboxMessage, on database: any Database, now: Date) async throws -> Bool {
        let attempts = message.attempts
        try await OutboxMessage.query(on: database).filter(\.$id == message.requireID()).filter(\.$attempts == attempts)
            .set(\.$attempts, to: attempts + 1).set(\.$nextAttemptAt, to: now.addingTimeInterval(600)).update()
        guard let fresh = try await OutboxMessage.find(message.id, on: database), fresh.attempts == attempts + 1 else { return false }
        message.attempts = attempts + 1
        message.nextAttemptAt = fresh.nextAttemptAt
        return true
    }

    private static func mail(for message: OutboxMessage, on database: any Database) async throws -> MailMessage {
        var attachments: [MailMessage.Attachment] = []
        if let fileID = message.$attachmentFile.id, let file = try await StoredFile.find(fileID, on: database) {
            attachments.append(.init(filename: message.attachmentName ?? "bilaga", mediaType: message.attachmentMediaType ?? "application/octet-stream",
                                     data: file.data))
        }
        return MailMessage(to: message.recipient, toName: message.recipientName, subject: message.subject, text: message.body,
                           attachments: attachments, messageID: "\(try message.requireID().uuidString.lowercased())@samordna",
                           date: message.createdAt ?? Date())
    }
}

/// Runs the outbox every few seconds while the server runs, after queuing the uppdrag and justering
/// reminders that are due (not in tests, which call `deliverDue` and the reminders themselves).
/// It is a background task (`BackgroundTasks`), so shutting down stops it.
struct OutboxWorker: LifecycleHandler {
    func didBootAsync(_ application: Application) async throws {
        guard application.settings.smtp != nil, application.environment != .testing else { return }
        let interval = application.settings.outboxIntervalSeconds
        application.backgroundTasks.run { [weak application] in
            while !Task.isCancelled {
                if let application {
                    do { try await TaskReminders.enqueueDue(application, today: application.settings.today.date()) }
                    catch { application.logger.error("uppdrag reminders: \(error)") }
                    do { try await JusteringNotices.enqueueReminders(application, today: application.settings.today.date()) }
                    catch { application.logger.error("justering reminders: \(error)") }
                    do { try await Outbox.deliverDue(application) } catch { application.logger.error("outbox: \(error)") }
                }
                try? await Task.sleep(for: .seconds(interval))
            }
        }
    }
}
