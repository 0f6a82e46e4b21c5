import Domain

extension Sv {
    public enum Notices {
        public static let title = "Kallelse"
        public static let revised = "Reviderad kallelse"
        public static let notPublished = "Kallelsen är inte publicerad."
        public static let publish = "Publicera och skicka kallelsen"
        public static let publishRevised = "Publicera och skicka reviderad kallelse"
        public static let changeNote = "Vad har ändrats?"
        public static let changeNoteHint = "Skrivs i den reviderade kallelsen och i e-postmeddelandet."
        public static let changedSincePublished = "Föredragningslistan eller sammanträdets uppgifter har ändrats sedan kallelsen publicerades. Ändringarna når ledamöterna först när en reviderad kallelse publiceras."
        public static let unchanged = "Inget har ändrats sedan den senaste kallelsen; ingen ny version skapades."
        public static let published = "Kallelsen är publicerad och läggs i kö för utskick."
        public static let publishedMeanwhile = "Kallelsen publicerades nyss i en ny version av någon annan. Ladda om sidan och se den innan du publicerar igen."
        public static let emptyAgenda = "Föredragningslistan är tom. Lägg till punkter innan kallelsen publiceras."
        public static func version(_ number: Int, _ when: String, _ who: String) -> String {
            (number == 1 ? title : revised + " (version \(number))") + ", publicerad \(when) av \(who)"
        }
        public static let show = "Visa kallelsen"
        public static let downloadPDF = "Ladda ned som PDF"
        public static let pdfUnavailable = "PDF:en kunde inte skapas just nu. Kallelsen finns på webbsidan; försök igen senare eller kontakta kansliet."
        public static let unreachable = "Saknar e-postadress och får inte kallelsen per e-post"
        public static let deliveries = "Utskick"
        public static let deliveriesCaption = "Utskick per mottagare, senaste först"
        public static let recipient = "Mottagare"
        public static let subject = "Ämne"
        public static let status = "Status"
        public static let attempts = "Försök"
        public static let lastError = "Senaste fel"
        public static let noDeliveries = "Inga utskick ännu."
        public static func deliveryStatus(_ raw: String) -> String {
            switch raw {
            case "sent": "Skickat"
            case "failed": "Misslyckades"
            default: "Väntar"
            }
        }

        public static let kallelseTill = "Kallelse till sammanträde"
        public static let date = "Datum"
        public static let time = "Tid"
        public static let place = "Plats"
        public static let remote = "Deltagande på distans erbjuds i realtid med ljud och bild."
        public static let remoteMeeting = "Sammanträdet hålls som distansmöte: alla deltar på distans i realtid med ljud och bild."
        /// What the kallelse says about taking part remotely, if anything.
        public static func participation(_ content: NoticeContent) -> String? {
            switch content.effectiveFormat {
            case .onSite: nil
            case .hybrid: remote
            case .remote: remoteMeeting
            }
        }
        public static func location(_ content: NoticeContent) -> String {
            Sv.Meetings.location(content.effectiveFormat, place: content.place, address: content.address)
        }
        public static let agenda = "Föredragningslista"
        public static let presenter = "Föredragande"
        public static let proposal = "Förslag till beslut"
        public static let recommendation = "Beredningsgruppens rekommendation"
        public static let background = "Bakgrund"
        public static func secretItem(_ ground: String) -> String { "Punkten omfattas av sekretess (\(ground))." }
        public static func attachmentLine(_ attachment: NoticeContent.AttachmentRef) -> String {
            if let ground = attachment.secrecyGround, attachment.title.isEmpty {
                return Sv.Attachments.reference(attachment.number) + ": omfattas av sekretess (\(ground))"
            }
            return Sv.Attachments.reference(attachment.number) + ": " + attachment.title
                + (attachment.secrecyGround.map { " – " + Sv.Agenda.secretMarker($0).lowercased() } ?? "")
        }
        public static func changeNoteLine(_ note: String) -> String { "Ändring: \(note)" }

        public static func mailSubject(_ body: String, _ date: String, revised: Bool) -> String {
            (revised ? "Reviderad kallelse" : "Kallelse") + ": \(body) \(date)"
        }

        /// The e-mail text; secret items keep only their number and legal ground.
        public static func mailBody(_ content: NoticeContent, link: String, changeNote: String?) -> String {
            var lines = [
                "\(kallelseTill) med \(content.bodyName.lowercased()), \(content.associationName)", "",
            ]
            if let changeNote { lines += [changeNoteLine(changeNote), ""] }
            lines += [
                "\(date): \(content.date)",
                "\(time): \(Sv.Meetings.timeRange(content.startsAt, content.endsAt))",
                "\(place): " + location(content),
            ]
            if let participation = participation(content) { lines.append(participation) }
            lines += ["", agenda + ":"]
            for item in content.items {
                if let ground = item.secrecyGround {
                    lines.append("\(item.number). " + secretItem(ground))
                } else {
                    lines.append("\(item.number). \(item.title)" + (item.presenter.map { " (\(presenter.lowercased()): \($0))" } ?? ""))
                }
            }
            if !content.attachments.isEmpty {
                lines += ["", Sv.Attachments.title + ":"]
                lines += content.publicVersion.attachments.map(attachmentLine)
            }
            lines += ["", "Kallelsen med underlag: \(link)", ""]
            return lines.joined(separator: "\n")
        }

        public static func movedSubject(_ body: String, _ date: String) -> String { "Ändrat sammanträde: \(body) \(date)" }
        public static func cancelledSubject(_ body: String, _ date: String) -> String { "Inställt sammanträde: \(body) \(date)" }
        public static func movedBody(_ body: String, _ association: String, date: String, time: String, place: String, link: String) -> String {
            "Sammanträdet med \(body.lowercased()), \(association), har ändrats.\n\nNu gäller:\nDatum: \(date)\nTid: \(time)\nPlats: \(place)\n\nKalender: \(link)\n"
        }
        public static func cancelledBody(_ body: String, _ association: String, date: String, reason: String, link: String) -> String {
            "Sammanträdet med \(body.lowercased()), \(association), den \(date) är inställt.\n\nSkäl: \(reason)\n\nKalender: \(link)\n"
        }
    }
}
