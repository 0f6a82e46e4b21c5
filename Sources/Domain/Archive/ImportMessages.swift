/// Every warning the importer gives a reviewer, in Swedish, in one place.
public enum ImportMessages {
    public static let attendanceInAttachment = "Deltagarna förtecknas i en separat bilaga; kontrollera närvaron mot bilagan."
    public static let meetingDateMissing = "Sammanträdesdatum hittades inte."
    public static let meetingTimeMissing = "Mötestiden hittades inte."
    public static let placeMissing = "Mötesplatsen hittades inte."
    public static let noItems = "Inga numrerade punkter hittades i föredragningslistan."
    public static let noParagraphs = "Inga paragrafer hittades i protokollet."

    static func signerMissing(_ field: String) -> String {
        switch field {
        case "secretary": return "Sekreteraren kunde inte utläsas."
        case "chair": return "Ordföranden kunde inte utläsas."
        default: return "Justeraren kunde inte utläsas."
        }
    }

    static func nameNotMatched(_ name: String) -> String {
        "Namnet \"\(name)\" kunde inte matchas mot någon deltagare."
    }

    static func notInRegister(_ name: String) -> String {
        "\(name) finns inte i registret och läggs upp som ny person vid import."
    }

    static func postedBeforeMeeting(_ posted: String, _ meeting: String) -> String {
        "Anslaget sägs uppsatt \(posted), före sammanträdet \(meeting)."
    }

    static func postedBeforeAdjustment(_ posted: String, _ adjusted: String) -> String {
        "Anslaget sägs uppsatt \(posted), före justeringen \(adjusted)."
    }

    static func adjustedBeforeMeeting(_ adjusted: String, _ meeting: String) -> String {
        "Justeringsdatum \(adjusted) ligger före sammanträdet \(meeting)."
    }

    static func removedBeforePosted(_ removed: String, _ posted: String) -> String {
        "Anslaget sägs nedtaget \(removed), före uppsättandet \(posted)."
    }

    static func postedTooShort(_ days: Int) -> String {
        "Anslaget satt uppe \(days) dagar; överklagandetiden är tre veckor."
    }

    static func paragraphOutOfSequence(_ number: Int, after previous: Int) -> String {
        "§ \(number) följer på § \(previous); numreringen är inte i följd."
    }

    static func itemOutOfSequence(_ number: Int, after previous: Int) -> String {
        "Punkt \(number) följer på punkt \(previous); numreringen är inte i följd."
    }

    static func rangeOutsideProtocol(_ name: String, _ range: [Int]) -> String {
        "\(name) anges närvarande § \(range[0])–\(range[1]), utanför protokollets paragrafer."
    }

    static func totalMismatch(_ stated: Int, computed: Int, line: Int) -> String {
        "Summan \(stated) på rad \(line) stämmer inte med raderna ovan, som ger \(computed)."
    }
}
