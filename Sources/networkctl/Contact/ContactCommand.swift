import AdminProtocol
import ArgumentParser
import NetworkCore

/// `networkctl contact …`: the named people of a member, their roles, and their personal data.
struct ContactCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "contact",
        abstract: "List, add, edit and remove a member's contacts; export or erase a person's data.",
        discussion: """
            Roles: lead_member, lead_officer, finance, events. A member has at most one primary \
            contact per role; making a contact primary for a role takes it from the previous \
            one. Invoices go to the primary finance contact.
            """,
        subcommands: [List.self, Show.self, Add.self, Edit.self, Remove.self, Export.self, Erase.self]
    )

    /// A contact as key/value lines.
    static func summary(_ contact: ContactWire, style: Style) -> String {
        var table = Table()
        table.append(["contact", String(contact.id)])
        table.append(["member", String(contact.memberId)])
        table.append(["name", style.bold(contact.name)])
        table.append(["email", contact.email])
        if let phone = contact.phone { table.append(["phone", phone]) }
        if let jobTitle = contact.jobTitle { table.append(["job title", jobTitle]) }
        table.append(["roles", roles(contact)])
        table.append(["version", String(contact.version)])
        return table.render(style: style)
    }

    /// "finance (primary), events", or "none".
    static func roles(_ contact: ContactWire) -> String {
        HumanFormat.list(contact.roles.map { role in
            contact.primaryRoles.contains(role) ? "\(role.rawValue) (primary)" : role.rawValue
        })
    }

    /// Calls a method whose result is one contact and prints it.
    static func performShowingContact<M: AdminMethod>(_ method: M.Type, _ params: M.Params, globals: GlobalOptions) throws
    where M.Result == ContactWire {
        let style = globals.style
        try globals.perform(method, params) { contact in
            Terminal.out(summary(contact, style: style))
        }
    }

    /// `networkctl contact list MEMBER_ID`: `contact.list` as a table.
    ///
    /// Stdout: ID, NAME, EMAIL, JOB TITLE, ROLES; "no contacts" goes to stderr. With `--json`,
    /// the result.
    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "list",
            abstract: "List a member's contacts with their roles.",
            discussion: """
                \(ContactList.callLine).

                EXAMPLES:
                  networkctl contact list 12
                """
        )

        @OptionGroup var globals: GlobalOptions

        @Argument(help: ArgumentHelp("The member's id.", valueName: "member-id"))
        var memberId: Int64

        func run() throws {
            let style = globals.style
            try globals.perform(ContactList.self, .init(memberId: memberId)) { result in
                if result.contacts.isEmpty {
                    Terminal.note("no contacts")
                    return
                }
                var table = Table(header: ["ID", "NAME", "EMAIL", "JOB TITLE", "ROLES"])
                for contact in result.contacts {
                    table.append([String(contact.id), contact.name, contact.email, contact.jobTitle ?? "",
                                  ContactCommand.roles(contact)])
                }
                Terminal.out(table.render(style: style))
            }
        }
    }

    /// `networkctl contact add MEMBER_ID --name --email …`
    ///
    /// Stdout: the new contact as `contact show` prints it; data the daemon refuses exits 65.
    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "add",
            abstract: "Add a contact to a member.",
            discussion: """
                \(ContactAdd.callLine) and prints the \
                contact. --role and --primary may be repeated; --primary implies --role.

                EXAMPLES:
                  networkctl contact add 12 --name 'Priya Shah' \\
                    --email priya.shah@oldham.example --job-title 'Head of Finance' \\
                    --primary finance
                  networkctl contact add 12 --name 'Cllr Sam Hughes' \\
                    --email sam.hughes@oldham.example --role lead_member --role events
                """
        )

        @OptionGroup var globals: GlobalOptions

        @Argument(help: ArgumentHelp("The member's id.", valueName: "member-id"))
        var memberId: Int64

        @Option(help: "The person's name.")
        var name: String

        @Option(help: "Their email address.")
        var email: String

        @Option(help: "Their phone number.")
        var phone: String?

        @Option(help: "Their job title.")
        var jobTitle: String?

        @Option(help: ArgumentHelp("A role they hold (repeatable).", valueName: "role"))
        var role: [ContactRole] = []

        @Option(help: ArgumentHelp("A role they are the member's primary contact for (repeatable).", valueName: "role"))
        var primary: [ContactRole] = []

        @OptionGroup var idempotency: IdempotencyOption

        /// Sends the union of `--role` and `--primary` as the roles, each list in `ContactRole`'s
        /// order and without repeats, whatever order the options came in.
        func run() throws {
            let roles = ContactRole.allCases.filter { role.contains($0) || primary.contains($0) }
            let params = ContactAdd.Params(
                memberId: memberId, name: name, email: email, phone: phone, jobTitle: jobTitle, roles: roles,
                primaryRoles: ContactRole.allCases.filter(primary.contains), idempotencyKey: idempotency.idempotencyKey)
            try ContactCommand.performShowingContact(ContactAdd.self, params, globals: globals)
        }
    }

    /// `networkctl contact edit ID …`
    ///
    /// Stdout: the contact as it is now; a stale `--expected-version` exits 65 (conflict).
    struct Edit: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "edit",
            abstract: "Change a contact; details left out keep their value.",
            discussion: """
                \(ContactUpdate.callLine). \
                --role replaces the roles (with the --primary roles added); --primary replaces \
                the primary roles; --no-roles removes every role.

                EXAMPLES:
                  networkctl contact edit 41 --phone '0161 770 0000' --expected-version 1
                  networkctl contact edit 41 --role finance --primary finance
                """
        )

        @OptionGroup var globals: GlobalOptions

        @Argument(help: ArgumentHelp("The contact's id.", valueName: "id"))
        var id: Int64

        @Option(help: "The person's name.")
        var name: String?

        @Option(help: "Their email address.")
        var email: String?

        @Option(help: "Their phone number.")
        var phone: String?

        @Option(help: "Their job title.")
        var jobTitle: String?

        @Option(help: ArgumentHelp("A role they hold (repeatable; replaces the roles).", valueName: "role"))
        var role: [ContactRole] = []

        @Option(help: ArgumentHelp("A role they are primary for (repeatable; replaces the primary roles).", valueName: "role"))
        var primary: [ContactRole] = []

        @Flag(help: "Remove every role (and primary role).")
        var noRoles = false

        @OptionGroup var version: ExpectedVersionOption
        @OptionGroup var idempotency: IdempotencyOption

        /// Refuses before connecting (exit 64) `--no-roles` with `--role` or `--primary`, and an
        /// edit that names nothing to change.
        func validate() throws {
            if noRoles && !(role.isEmpty && primary.isEmpty) {
                throw ValidationError("--no-roles cannot be combined with --role or --primary.")
            }
            if name == nil && email == nil && phone == nil && jobTitle == nil && role.isEmpty && primary.isEmpty && !noRoles {
                throw ValidationError(
                    "Nothing to change: give at least one of --name, --email, --phone, --job-title, --role, --primary, --no-roles.")
            }
        }

        /// Leaves the roles (or primary roles) unchanged, as `nil`, when their options are not given;
        /// `--no-roles` sends both as empty.
        func run() throws {
            var roles: [ContactRole]?
            var primaryRoles: [ContactRole]?
            if noRoles {
                (roles, primaryRoles) = ([], [])
            } else {
                if !role.isEmpty { roles = ContactRole.allCases.filter { role.contains($0) || primary.contains($0) } }
                if !primary.isEmpty { primaryRoles = ContactRole.allCases.filter(primary.contains) }
            }
            let params = ContactUpdate.Params(
                id: id, name: name, email: email, phone: phone, jobTitle: jobTitle, roles: roles, primaryRoles: primaryRoles,
                expectedVersion: version.expectedVersion, idempotencyKey: idempotency.idempotencyKey)
            try ContactCommand.performShowingContact(ContactUpdate.self, params, globals: globals)
        }
    }

    /// `networkctl contact remove ID`
    ///
    /// Stdout: "contact N removed", or "contact N was already removed" (not an error, so a retry
    /// succeeds); with `--json`, the result.
    struct Remove: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "remove",
            abstract: "Remove a contact from its member; its member tokens are revoked.",
            discussion: """
                \(ContactRemove.callLine). The \
                audit trail keeps what it recorded; to remove a person's data everywhere, use \
                `networkctl contact erase`.

                EXAMPLES:
                  networkctl contact remove 41
                """
        )

        @OptionGroup var globals: GlobalOptions

        @Argument(help: ArgumentHelp("The contact's id.", valueName: "id"))
        var id: Int64

        @OptionGroup var version: ExpectedVersionOption
        @OptionGroup var idempotency: IdempotencyOption

        func run() throws {
            let params = ContactRef(id: id, expectedVersion: version.expectedVersion, idempotencyKey: idempotency.idempotencyKey)
            try globals.perform(ContactRemove.self, params) { result in
                Terminal.out(result.removed ? "contact \(id) removed" : "contact \(id) was already removed")
            }
        }
    }

    /// `networkctl contact export ID`: always JSON.
    ///
    /// Calls through `globals.call` rather than `perform`, so stdout is the raw result as
    /// indented JSON whether or not `--json` is given.
    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "export",
            abstract: "Print everything held about one contact, as JSON (a subject access request).",
            discussion: """
                \(ContactExport.callLine): the contact, its member's name, its tokens \
                (never their secrets) and every audit entry about it. Always JSON, with or \
                without --json.

                EXAMPLES:
                  networkctl contact export 41 > subject-access-41.json
                """
        )

        @OptionGroup var globals: GlobalOptions

        @Argument(help: ArgumentHelp("The contact's id.", valueName: "id"))
        var id: Int64

        func run() throws {
            let result = try globals.call(ContactExport.name, params: try JSONCoding.value(of: ContactRef(id: id)))
            Terminal.out(PrettyJSON.render(result))
        }
    }

    /// `networkctl contact erase ID --yes`
    ///
    /// Stdout: "contact N erased; K audit entries anonymised"; with `--json`, the result.
    struct Erase: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "erase",
            abstract: "Erase a contact's personal data everywhere, including the audit trail (needs --yes).",
            discussion: """
                \(ContactErase.callLine): the contact is deleted, its tokens with it, and \
                every copy of its name, email and phone in the audit trail is replaced with \
                "[erased]". The member and its history stay. This cannot be undone, so it is \
                refused (exit 64) without --yes. Run `networkctl contact export ID` first if the \
                person asked for a copy.

                EXAMPLES:
                  networkctl contact erase 41 --yes
                """
        )

        @OptionGroup var globals: GlobalOptions

        @Argument(help: ArgumentHelp("The contact's id.", valueName: "id"))
        var id: Int64

        @Flag(help: "Confirm: erase this person's data; it cannot be undone.")
        var yes = false

        @OptionGroup var idempotency: IdempotencyOption

        /// Refuses without `--yes` before connecting (exit 64): the erasure cannot be undone.
        func validate() throws {
            if !yes {
                throw ValidationError(
                    "contact erase removes contact \(id)'s personal data everywhere and cannot be undone; give --yes to confirm.")
            }
        }

        func run() throws {
            let params = ContactRef(id: id, idempotencyKey: idempotency.idempotencyKey)
            try globals.perform(ContactErase.self, params) { result in
                Terminal.out("contact \(id) erased; \(result.auditEntriesAnonymised) audit entries anonymised")
            }
        }
    }
}
