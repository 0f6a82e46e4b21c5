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
        public static let guestBody = "Eller ett helt organ"
        public static let guestBodyHint = "Bjuder in alla med uppdrag i organet på sammanträdesdagen, till exempel en samverkansgrupp som sammanträder gemensamt med styrelsen."
        public static func guestsAdded(_ count: Int) -> String { "\(count) personer är inbjudna och får kallelsen när den publiceras." }
        public static let chooseGuest = "Välj en person eller ett organ."
        public static let guestRemoved = "Inbjudan är borttagen."
        public static let removeGuest = "Ta bort"
        public static let body = "Organ"
        public static let date = "Datum"
        public static let startsAt = "Starttid"
        public static let endsAt = "Sluttid"
        public static let timeHint = "Skriv klockslaget som TT:MM, till exempel 09:00."
        public static let place = "Plats"
        public static let placeHint = "Lokal eller rum, till exempel Kommunhuset, sal Forsen. Vid ett distansmöte kan fältet lämnas tomt eller ange hur man ansluter, till exempel Teams."
        public static let address = "Adress"
        public static let remoteOffered = "Deltagande på distans erbjuds"
        public static let remoteHint = "Kräver att förbundets regler tillåter deltagande på distans."
        public static let format = "Mötesform"
        public static let formatHint = "Deltagande på distans och distansmöte kräver att förbundets regler tillåter det från och med sammanträdets datum (19 a § lagen om finansiell samordning)."
        public static func format(_ format: MeetingFormat) -> String {
            switch format {
            case .onSite: "På plats"
            case .hybrid: "På plats, med deltagande på distans"
            case .remote: "Distansmöte"
            }
        }
        /// Where a meeting is held, as every page, mail and calendar says it.
        public static func location(_ format: MeetingFormat, place: String, address: String?) -> String {
            let named = [place, address ?? ""].filter { !$0.isEmpty }.joined(separator: ", ")
            guard format == .remote else { return named }
            return named.isEmpty ? Self.format(.remote) : Self.format(.remote) + " (\(named))"
        }
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

        public static func phase(_ phase: MeetingPhase) -> String {
            switch phase {
            case .planned: planned
            case .called: "Kallat"
            case .held: "Hållet"
            case .adjusted: "Protokollet justerat"
            case .posted: "Protokollet anslaget"
            case .final: "Laga kraft"
            case .cancelled: cancelled
            }
        }

        /// Why a change to the meeting is refused in its phase.
        public static func conflict(_ change: MeetingLifecycle.Change, _ conflict: MeetingLifecycle.Conflict) -> String {
            guard case .held(let phase) = conflict else {
                return "Sammanträdet är inställt och kan inte ändras. Planera ett nytt sammanträde om det ska hållas."
            }
            let held = "Sammanträdet är hållet och protokollet är påbörjat (\(Self.phase(phase).lowercased()))"
            switch change {
            case .move: return held + ": datum, tid och plats står i protokollet och kan inte ändras. Inget har ändrats och inga utskick har gjorts."
            case .cancel: return held + ": ett hållet sammanträde kan inte ställas in. Inget har ändrats och inga utskick har gjorts."
            case .changeAgenda: return held + ": föredragningslistan är den som kallelsen angav. Ärenden som togs upp på mötet läggs till som paragrafer i protokollet."
            case .changeAttachments: return held + ": bilagorna är de som kallelsen angav och kan inte ändras."
            case .inviteGuests: return held + ": vilka som deltog registreras som närvaro i protokollet."
            case .publishNotice: return held + ": ingen ny kallelse kan skickas."
            case .startProtocol: return held + "."
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
