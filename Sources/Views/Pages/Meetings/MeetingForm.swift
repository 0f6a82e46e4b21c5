import Domain

/// Planning a sammanträde, or moving one already planned.
public enum MeetingForm {
    public static func render(_ state: FormState, slug: String, meetingID: String?, bodies: [(id: String, name: String)],
                              context: PageContext) -> String {
        let title = meetingID == nil ? Sv.Meetings.new : Sv.Meetings.editTitle
        let action = meetingID.map { SiteURL.meetingEdit(slug, $0).path } ?? SiteURL.meetingNew(slug).path
        let cancel = meetingID.map { SiteURL.meeting(slug, $0).path } ?? SiteURL.meetings(slug).path
        return Layout.page(title: title, context: context, hasErrors: state.hasErrors) {
            h1 { title }
            FormView.render(state, action: action, submit: meetingID == nil ? Sv.create : Sv.save, cancel: cancel, items: [
                .field(FieldSpec("bodyID", Sv.Meetings.body, .select(bodies.map { ($0.id, $0.name) }, includeEmpty: true))),
                .field(FieldSpec("date", Sv.Meetings.date, .date)),
                .field(FieldSpec("startsAt", Sv.Meetings.startsAt, hint: Sv.Meetings.timeHint)),
                .field(FieldSpec("endsAt", Sv.Meetings.endsAt, hint: Sv.Meetings.timeHint, optional: true)),
                .field(FieldSpec("format", Sv.Meetings.format, .select(MeetingFormat.allCases.map { ($0.rawValue, Sv.Meetings.format($0)) },
                                                                         includeEmpty: false), hint: Sv.Meetings.formatHint)),
                .field(FieldSpec("place", Sv.Meetings.place, hint: Sv.Meetings.placeHint, optional: true)),
                .field(FieldSpec("address", Sv.Meetings.address, optional: true)),
                .field(FieldSpec("theme", Sv.Meetings.theme, optional: true)),
            ])
        }
    }
}
