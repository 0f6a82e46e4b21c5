extension Sv {
    public enum Anslag {
        public static let title = "Anslag"
        public static let post = "Anslå protokollet"
        public static let postedOn = "Anslaget sätts upp"
        public static let postedOnHint = "Normalt samma dag som justeringen, aldrig tidigare."
        public static let latePostingReason = "Skäl till sent anslag"
        public static let latePostingHint = "Krävs när anslaget sätts upp senare än förbundets regler anger."
        public static let posted = "Protokollet är anslaget."
        public static func summary(posted: String, takenDown: String) -> String {
            "Anslaget \(posted), tas ned efter \(takenDown). Besluten vinner laga kraft om de inte överklagas före dess."
        }
        public static let boardTitle = "Anslagstavla"
        public static let current = "Aktuella anslag"
        public static let noCurrent = "Inga anslag just nu."
        public static let archive = "Tidigare anslag"
        public static let noArchive = "Inga tidigare anslag."
        public static let coming = "Kommande sammanträden"
        public static let noComing = "Inga kommande sammanträden."
        public static let feed = "Anslagstavlan som flöde (Atom)"
        public static let readProtocol = "Läs protokollet"
        public static let bevis = "BEVIS"
        public static let bevisIntro = "Justeringen av protokollet har tillkännagivits genom anslag."
        public static let body = "Organ"
        public static let meetingDate = "Sammanträdesdatum"
        public static let adjustedOn = "Justeringsdatum"
        public static let postedDate = "Datum då anslaget sätts upp"
        public static let takenDownDate = "Datum då anslaget tas ned"
        public static let keptAt = "Förvaringsplats för protokollet"
        public static func keptAtText(_ address: String?) -> String {
            "Samordningsförbundets kansli" + (address.map { ", \($0)" } ?? "")
        }
        public static let signature = "Underskrift"
        public static let appealTitle = "Hur man överklagar"
        /// Laglighetsprövning under 13 kap. kommunallagen as the law on finansiell samordning applies it:
        /// every kommunmedlem of a member kommun and every regionmedlem of a member region may appeal;
        /// the state members (Försäkringskassan, Arbetsförmedlingen) give no such right.
        public static func appealText(_ lastDay: String) -> String {
            "Styrelsens beslut kan överklagas genom laglighetsprövning enligt 13 kap. kommunallagen, som gäller för samordningsförbundets beslut enligt lagen (2003:1210) om finansiell samordning av rehabiliteringsinsatser. Den som är medlem i en kommun eller en region som är medlem i förbundet får överklaga. Överklagandet ska ha kommit in till förvaltningsrätten senast \(lastDay). Skriv vilket beslut som överklagas, varför det ska upphävas och vem du är."
        }
        public static let postedAt = "Anslaget på"
        /// The BEVIS sentence naming every anslagstavla the notice went up on, as paper protokoll do.
        public static func postedAtSentence(_ boards: [String]) -> String {
            guard let last = boards.last else { return Sv.none }
            let list = boards.count == 1 ? last : boards.dropLast().joined(separator: ", ") + " och " + last
            return "Justeringen har tillkännagivits på anslagstavlan hos \(list)."
        }
        public static func ownBoard(_ association: String) -> String { "\(association) (digital anslagstavla)" }
        public static let state = "Status"
        public static let secretParagraph = "Paragrafen omfattas av sekretess"
        public static let decisionMakers = "Beslutande"
        public static let others = "Övriga deltagare"
        public static let signers = "Underskrifter"
        public static func memberNoticeTitle(_ member: String) -> String { "Anslag på \(member)s anslagstavla" }
        public static func memberNoticeIntro(_ body: String, _ association: String) -> String {
            "Protokoll från \(body.lowercased()), \(association), är justerat. Anslaget sätts upp på anslagstavlan med detta bevis."
        }
        public static let placeAndTime = "Plats och tid"
    }
}
