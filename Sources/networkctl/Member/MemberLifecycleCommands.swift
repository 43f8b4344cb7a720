import AdminProtocol
import NetworkCore
import ArgumentParser

/// The options of every lifecycle verb: the member, why, and the usual safety options.
struct LifecycleArguments: ParsableArguments {
    @Argument(help: ArgumentHelp("The member's id.", valueName: "id"))
    var id: Int64

    @OptionGroup var version: ExpectedVersionOption
    @OptionGroup var idempotency: IdempotencyOption

    /// The params of the transition, with `reason` (and, for a suspension, the day it ends).
    func params(reason: String?, until: String? = nil) -> MemberTransitionParams {
        MemberTransitionParams(id: id, reason: reason, until: until, expectedVersion: version.expectedVersion,
                               idempotencyKey: idempotency.idempotencyKey)
    }
}

extension MemberCommand {
    /// The discussion shared by the lifecycle verbs.
    fileprivate static func lifecycleDiscussion(_ method: any AdminMethod.Type, example: String) -> String {
        """
        \(method.callLine), records who, when and why in the member's history \
        (`networkctl member history ID`), and prints the member as it is now. A change the \
        member's status does not allow exits 65 naming the current status.

        EXAMPLES:
          \(example)
        """
    }

    /// `networkctl member suspend ID --reason TEXT`
    ///
    /// Like every lifecycle verb: stdout is the member as it is now; a transition its status
    /// does not allow exits 65, a stale `--expected-version` 65 (conflict).
    struct Suspend: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "suspend",
            abstract: "Suspend an active member (\(MemberSuspend.roleNames)).",
            discussion: lifecycleDiscussion(MemberSuspend.self,
                                            example: "networkctl member suspend 12 --reason 'Invoices unpaid for 12 months' --until 2027-03-31"))

        @OptionGroup var globals: GlobalOptions
        @OptionGroup var arguments: LifecycleArguments

        @Option(help: ArgumentHelp("Why (required; recorded in the history).", valueName: "text"))
        var reason: String

        @Option(help: ArgumentHelp("The day the suspension ends (YYYY-MM-DD, after today): the reinstatement is scheduled for it.",
                                   valueName: "date"))
        var until: String?

        func run() throws {
            try MemberCommand.performShowingMember(MemberSuspend.self, arguments.params(reason: reason, until: until), globals: globals)
        }
    }

    /// `networkctl member reinstate ID --reason TEXT`: suspended back to active; prints the member.
    struct Reinstate: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "reinstate",
            abstract: "Reinstate a suspended member (\(MemberReinstate.roleNames)).",
            discussion: lifecycleDiscussion(MemberReinstate.self,
                                            example: "networkctl member reinstate 12 --reason 'Arrears settled'"))

        @OptionGroup var globals: GlobalOptions
        @OptionGroup var arguments: LifecycleArguments

        @Option(help: ArgumentHelp("Why (required; recorded in the history).", valueName: "text"))
        var reason: String

        func run() throws {
            try MemberCommand.performShowingMember(MemberReinstate.self, arguments.params(reason: reason), globals: globals)
        }
    }

    /// `networkctl member resign ID [--reason TEXT]`: the one lifecycle verb whose reason is
    /// optional; prints the member.
    struct Resign: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "resign",
            abstract: "Record a member's resignation (\(MemberResign.roleNames)).",
            discussion: lifecycleDiscussion(MemberResign.self,
                                            example: "networkctl member resign 12 --reason 'Letter of 3 March'"))

        @OptionGroup var globals: GlobalOptions
        @OptionGroup var arguments: LifecycleArguments

        @Option(help: ArgumentHelp("Why (recorded in the history).", valueName: "text"))
        var reason: String?

        func run() throws {
            try MemberCommand.performShowingMember(MemberResign.self, arguments.params(reason: reason), globals: globals)
        }
    }

    /// `networkctl member terminate ID --reason TEXT`: the network ends the membership; prints
    /// the member.
    struct Terminate: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "terminate",
            abstract: "End a membership (\(MemberTerminate.roleNames)).",
            discussion: lifecycleDiscussion(MemberTerminate.self,
                                            example: "networkctl member terminate 12 --reason 'Board decision of 14 May'"))

        @OptionGroup var globals: GlobalOptions
        @OptionGroup var arguments: LifecycleArguments

        @Option(help: ArgumentHelp("Why (required; recorded in the history).", valueName: "text"))
        var reason: String

        func run() throws {
            try MemberCommand.performShowingMember(MemberTerminate.self, arguments.params(reason: reason), globals: globals)
        }
    }

    /// `networkctl member change-tier ID --tier T [--kind K] [--effective-on DATE] --reason TEXT`
    ///
    /// Stdout: the member as it is now, and how its membership year was re-priced (the credit
    /// note and invoice), or with `--dry-run` what would be. Exits 65 when the kind does not
    /// qualify for the new tier, or for a future `--effective-on`.
    struct ChangeTier: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "change-tier",
            abstract: "Move a current member to another tier, from a date (\(MemberChangeTier.roleNames)).",
            discussion: """
                \(MemberChangeTier.callLine) and prints the member as it is now; the \
                old tier stays in `networkctl member history ID`. The member's kind must qualify \
                for the new tier; give --kind when the kind changes with it (an opposition group \
                whose party takes control of the council becomes the council). A kind that does \
                not qualify exits 65 naming the kinds that do.

                EXAMPLES:
                  networkctl member change-tier 31 --tier full --kind county \\
                    --effective-on 2026-05-08 --reason 'Labour won control in May'
                  networkctl member change-tier 40 --tier supporter --reason 'Asked to'
                """
        )

        @OptionGroup var globals: GlobalOptions

        @Argument(help: ArgumentHelp("The member's id.", valueName: "id"))
        var id: Int64

        @Option(help: ArgumentHelp("The new tier.", valueName: "tier"))
        var tier: String

        @Option(help: ArgumentHelp("The new organisation kind, when it changes with the tier.", valueName: "kind"))
        var kind: String?

        @Option(help: ArgumentHelp("The date the new tier takes effect, YYYY-MM-DD (default: today; a past date back-dates it, a future one is refused — apply it on the day).", valueName: "date"))
        var effectiveOn: String?

        @Option(help: ArgumentHelp("Why (required; recorded in the history).", valueName: "text"))
        var reason: String

        @Flag(help: "Show what the change would bill (credit note, invoice) and change nothing.")
        var dryRun = false

        @OptionGroup var version: ExpectedVersionOption
        @OptionGroup var idempotency: IdempotencyOption

        func run() throws {
            let params = MemberChangeTier.Params(
                id: id, tier: tier, kind: kind, effectiveOn: effectiveOn, reason: reason, dryRun: dryRun ? true : nil,
                expectedVersion: version.expectedVersion, idempotencyKey: idempotency.idempotencyKey)
            let style = globals.style
            try globals.perform(MemberChangeTier.self, params) { result in
                let currency = try globals.session().networkCurrency()
                if result.dryRun { Terminal.out("Dry run: nothing was changed. The member would be:") }
                if let scheduled = result.scheduled {
                    Terminal.out("Scheduled (change \(scheduled.id)): tier \(scheduled.toTier ?? "") from \(scheduled.effectiveOn); "
                        + "the scheduler applies it that day (cancel: networkctl member cancel-change \(scheduled.id)). Until then:")
                }
                Terminal.out(MemberCommand.summary(result.member, currency: currency, style: style))
                if let repricing = result.repricing {
                    Terminal.out("")
                    Terminal.out("\(repricing.yearLabel) re-priced from the change (\(repricing.months) of 12 months): \(repricing.note)")
                    if let note = repricing.creditNote {
                        Terminal.out("  credit note \(note.number)  \(Money(minorUnits: note.gross, currency: currency).formatted)")
                    }
                    if let invoice = repricing.invoice {
                        Terminal.out("  invoice \(invoice.number ?? "#\(invoice.id) (\(invoice.status.rawValue))")  \(Money(minorUnits: invoice.gross, currency: currency).formatted)")
                    }
                }
            }
        }
    }
}

extension MemberCommand {
    /// `networkctl member cancel-change CHANGE-ID [--reason TEXT]`: `member.cancelChange`.
    struct CancelChange: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "cancel-change",
            abstract: "Cancel a change scheduled for a later date (\(MemberCancelChange.roleNames)).",
            discussion: """
                \(MemberCancelChange.callLine). `networkctl member history ID` lists a member's \
                pending changes with their ids (CHANGE pending#ID).

                EXAMPLES:
                  networkctl member cancel-change 3 --reason 'Stays a full member after all'
                """)

        @OptionGroup var globals: GlobalOptions
        @Argument(help: ArgumentHelp("The scheduled change's id.", valueName: "change-id"))
        var changeId: Int64
        @Option(help: ArgumentHelp("Why (recorded with the change).", valueName: "text"))
        var reason: String?
        @OptionGroup var idempotency: IdempotencyOption

        func run() throws {
            let style = globals.style
            try globals.perform(MemberCancelChange.self, .init(changeId: changeId, reason: reason, idempotencyKey: idempotency.idempotencyKey)) { change in
                Terminal.out(Table(header: ["CHANGE", "MEMBER", "KIND", "ON", "STATUS", "NOTE"], rows: [
                    [String(change.id), String(change.memberId), change.change + (change.toTier.map { " → \($0)" } ?? ""), change.effectiveOn,
                     change.status, change.note ?? ""],
                ]).render(style: style))
            }
        }
    }
}
