import Fluent

/// Issue 14: what a paper protokoll says and Samordna could not — a § in parts each with its own
/// decision, attendance in the kansli's order with some listed in a närvarobilaga, a joint session
/// with another body, the meeting's form (distansmöte), the day remote participation is allowed
/// from, and when the justering reminder went out.
struct M0027_ProtocolAsOnPaper: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("decisions").field("background", .string).update()
        try await database.schema("attendances").field("position", .int).update()
        try await database.schema("attendances").field("in_appendix", .bool, .required, .sql(.default(false))).update()
        try await database.schema("protocols").field("joint_body", .string).update()
        try await database.schema("protocols").field("joint_from", .int).update()
        try await database.schema("protocols").field("joint_to", .int).update()
        try await database.schema("protocols").field("attendance_appendix_title", .string).update()
        try await database.schema("protocols").field("adjustment_reminder_sent_on", .string).update()
        try await database.schema("meetings").field("format", .string).update()
        try await database.schema("association_rules").field("remote_participation_from", .string).update()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("association_rules").deleteField("remote_participation_from").update()
        try await database.schema("meetings").deleteField("format").update()
        for field in ["adjustment_reminder_sent_on", "attendance_appendix_title", "joint_to", "joint_from", "joint_body"] {
            try await database.schema("protocols").deleteField(FieldKey(stringLiteral: field)).update()
        }
        try await database.schema("attendances").deleteField("in_appendix").update()
        try await database.schema("attendances").deleteField("position").update()
        try await database.schema("decisions").deleteField("background").update()
    }
}
