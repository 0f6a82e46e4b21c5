import Domain
import Persistence
import Views

extension MeetingProtocol {
    /// The state as every page names it; a protokoll imported from the archive says so, since it
    /// was justerat on paper and not signed in Samordna.
    func stateText(on today: CivilDate) -> String {
        let text = Sv.Protocols.state(state(on: today))
        return archiveImportID == nil ? text : text + " · " + Sv.Archive.imported
    }
}
