import Domain

extension Sv {
    public enum Meetings {
        public static let title = "Sammanträden"
        public static let new = "Planera sammanträde"
        public static let editTitle = "Ändra eller flytta sammanträde"
        public static let guests = "Inbjudna utöver organet"
        public static let guestsHint = "Organets ledamöter, ersättare, sekreterare och adjungerade samt föredragandena får kallelsen ändå. Här bjuds fler in, till exempel en revisor eller en medlems tjänsteperson."
        public static let guestsNone = "Inga fler inbjudna."
        public static let guest = "Person"
        public static let invite = "Bjud in"
        public static let guestAdded = "Personen är inbjuden och får kallelsen när den publiceras."
        public static let guestRemoved = "Inbjudan är borttagen."
        public static let removeGuest = "Ta bort"
        public static let body = "Organ"
        public static let date = "Datum"
        public static let startsAt = "Starttid"
        public static let endsAt = "Sluttid"
        public static let timeHint = "Skriv klockslaget som TT:MM, till exempel 09:00."
        public static let place = "Plats"
        public static let placeHint = "Lokal eller rum, till exempel Kommunhuset, sal Forsen. Kallelsen anger alltid en fysisk plats."
        public static let address = "Adress"
        public static let remoteOffered = "Deltagande på distans erbjuds"
        public static let remoteHint = "Kräver att förbundets regler tillåter deltagande på distans."
        public static let theme = "Tema"
        public static let status = "Status"
        public static let year = "År"
        public static let show = "Visa"
        public static let caption = "Sammanträden under året"
        public static let none = "Inga sammanträden är planerade för året."
        public static let time = "Tid"
        public static let remote = "Distans"
        public static let planned = "Planerat"
        public static let cancelled = "Inställt"
        public static let cancelTitle = "Ställ in sammanträdet"
        public static let cancellationReason = "Skäl till att sammanträdet ställs in"
        public static let cancelButton = "Ställ in sammanträdet"
        public static let cancelledFlash = "Sammanträdet är inställt."
        public static let proposePreparatory = "Planera beredningsgruppens möte en vecka före"
        public static func proposePreparatoryHint(_ date: String) -> String {
            "Förslaget är \(date), samma tid och plats. Du kan ändra i formuläret innan du sparar."
        }
        public static let alreadyCancelled = "Sammanträdet är redan inställt."
        public static let calendarFeeds = "Prenumerera på kalendern"
        public static let feedAll = "Alla förbundets sammanträden (iCalendar)"
        public static func feedBody(_ body: String) -> String { "\(body) (iCalendar)" }
        public static let publicCalendarTitle = "Kalender"
        public static let publicCaption = "Kommande sammanträden"
        public static let pastCaption = "Tidigare sammanträden i år"
        public static let noneUpcoming = "Inga kommande sammanträden är planerade."
        public static let remoteYes = "Ja"
        public static let remoteNo = "Nej"

        public static func status(_ status: MeetingStatus) -> String {
            switch status {
            case .planned: planned
            case .cancelled: cancelled
            }
        }

        /// "Styrelsen, 2026-03-20 kl. 09:00"
        public static func heading(_ body: String, _ date: String, _ time: String) -> String {
            "\(body), \(date) kl. \(time)"
        }

        public static func timeRange(_ start: String, _ end: String?) -> String {
            end.map { "\(start)–\($0)" } ?? start
        }

        /// Event summary in calendar programs.
        public static func eventSummary(_ body: String, association: String, cancelled: Bool) -> String {
            (cancelled ? "INSTÄLLT: " : "") + "Sammanträde \(body.lowercased()) – \(association)"
        }
    }
}
