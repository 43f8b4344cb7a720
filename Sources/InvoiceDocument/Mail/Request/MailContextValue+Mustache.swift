import Mustache

extension MailContextValue {
    /// The value as the template library walks it: objects as `[String: Any]`, arrays as `[Any]`,
    /// scalars as Swift values, and `null` as `MailContextNull`, which hides a section and shows as
    /// nothing — but, unlike a missing key, is not looked for further up the context.
    var mustacheValue: Any {
        switch self {
        case .null: MailContextNull()
        case .bool(let value): value
        case .integer(let value): value
        case .number(let value): value
        case .string(let value): value
        case .array(let elements): elements.map(\.mustacheValue)
        case .object(let members): members.mapValues(\.mustacheValue)
        }
    }

    /// The context with what the built-in `reminder` templates read added where the daemon did
    /// not send it: `reminder.isFirst`, `reminder.isSecond` and `reminder.isFinal`, from the
    /// integer `reminder.step` (1, 2, 3 or more; 3 and later are final). Anything the context
    /// already holds is kept as it is, and any other context is returned unchanged.
    func withReminderSteps() -> MailContextValue {
        guard case .object(var members) = self, case .object(var reminder)? = members["reminder"],
              case .integer(let step)? = reminder["step"]
        else { return self }
        for (key, value) in [("isFirst", step <= 1), ("isSecond", step == 2), ("isFinal", step >= 3)]
        where reminder[key] == nil {
            reminder[key] = .bool(value)
        }
        members["reminder"] = .object(reminder)
        return .object(members)
    }
}

/// JSON's `null` in a template's context: no value, so `{{x}}` shows nothing and `{{#x}}` hides
/// its section, as for a missing key.
struct MailContextNull: MustacheCustomRepresentation {
    /// Nothing, which the template library treats as absent.
    var representation: Any? { nil }
}
