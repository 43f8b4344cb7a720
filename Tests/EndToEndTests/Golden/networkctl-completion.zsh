#compdef networkctl

__networkctl_complete() {
    local -ar non_empty_completions=("${@:#(|:*)}")
    local -ar empty_completions=("${(M)@:#(|:*)}")
    _describe -V '' non_empty_completions -- empty_completions -P $'\'\''
}

__networkctl_custom_complete() {
    local -a completions
    completions=("${(@f)"$("${command_name}" "${@}" "${command_line[@]}")"}")
    if [[ "${#completions[@]}" -gt 1 ]]; then
        __networkctl_complete "${completions[@]:0:-1}"
    fi
}

__networkctl_cursor_index_in_current_word() {
    if [[ -z "${QIPREFIX}${IPREFIX}${PREFIX}" ]]; then
        printf 0
    else
        printf %s "${#${(z)LBUFFER}[-1]}"
    fi
}

_networkctl() {
    emulate -RL zsh -G
    setopt extendedglob nullglob numericglobsort
    unsetopt aliases banghist

    local -xr SAP_SHELL=zsh
    local -x SAP_SHELL_VERSION
    SAP_SHELL_VERSION="$(builtin emulate zsh -c 'printf %s "${ZSH_VERSION}"')"
    local -r SAP_SHELL_VERSION

    local context state state_descr line
    local -A opt_args

    local -r command_name="${words[1]}"
    local -ar command_line=("${words[@]}")
    local -ir current_word_index="$((CURRENT - 1))"

    local -i ret=1
    local -ar arg_specs=(
        '--socket[The daemon'\''s admin socket (default\: $NETWORKCTL_SOCKET, else /run/networkd/admin.sock).]:path:_files'
        '--json[Print only the method'\''s result, as JSON, on stdout.]'
        '--no-color[Never colour the output (colour is used only on a terminal, and never with NO_COLOR set).]'
        '--token-file[Act as a member contact\: present the member token in this file first (default\: $NETWORKCTL_TOKEN).]:path:_files'
        '(-h --help)'{-h,--help}'[Show help information.]'
        '(-): :->command'
        '(-)*:: :->arg'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0
    case "${state}" in
    command)
        local -ar subcommands=(
            'status:Show the daemon'\''s version, uptime, schema, database, pool and clients.'
            'reload:Re-read networkd'\''s configuration and apply what can change without a restart.'
            'audit:Read the audit trail: who changed what, when.'
            'watch:Watch every committed change live, one line per change.'
            'network:Show or change the network'\''s own settings.'
            'member:List, show, add and edit members; suspend, reinstate, resign, terminate, change tier.'
            'application:Submit, list, recommend, approve and reject applications to join.'
            'contact:List, add, edit and remove a member'\''s contacts; export or erase a person'\''s data.'
            'token:Issue, list and revoke member tokens.'
            'tier:Show the membership tiers and which organisation kinds qualify for each.'
            'year:List and open membership years; show members'\'' periods.'
            'billing:The network'\''s billing details; a member'\''s invoice addressee and per-year figures.'
            'fees:Show and set a year'\''s fee schedule; quote a member'\''s fee with the reason.'
            'invoice:List, show, create, issue and cancel invoices; supply PO numbers; write the PDF.'
            'payment:Record, list and void payments; overpayments become member credit.'
            'credit:Show a member'\''s credit; apply it to one of its invoices.'
            'report:Income by tier and year, aged debt, members in arrears; --csv for spreadsheets.'
            'job:Show the scheduled jobs and their runs; run one now.'
            'renewal:Preview or run a membership year'\''s renewal (periods and subscription invoices).'
            'outbox:List and show e-mail messages; queue a failed one again.'
            'methods:List the admin-socket methods the daemon serves, with the roles that may call them.'
            'call:Call any admin-socket method with raw JSON params and print its result.'
            'help:Show subcommand help information.'
        )
        _describe -V subcommand subcommands && ret=0
        ;;
    arg)
        case "${words[1]}" in
        status|reload|audit|watch|network|member|application|contact|token|tier|year|billing|fees|invoice|payment|credit|report|job|renewal|outbox|methods|call|help)
            "_networkctl_${words[1]}" && ret=0
            ;;
        esac
        ;;
    esac

    return "${ret}"
}

_networkctl_status() {
    local -i ret=1
    local -ar arg_specs=(
        '--socket[The daemon'\''s admin socket (default\: $NETWORKCTL_SOCKET, else /run/networkd/admin.sock).]:path:_files'
        '--json[Print only the method'\''s result, as JSON, on stdout.]'
        '--no-color[Never colour the output (colour is used only on a terminal, and never with NO_COLOR set).]'
        '--token-file[Act as a member contact\: present the member token in this file first (default\: $NETWORKCTL_TOKEN).]:path:_files'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_networkctl_reload() {
    local -i ret=1
    local -ar arg_specs=(
        '--socket[The daemon'\''s admin socket (default\: $NETWORKCTL_SOCKET, else /run/networkd/admin.sock).]:path:_files'
        '--json[Print only the method'\''s result, as JSON, on stdout.]'
        '--no-color[Never colour the output (colour is used only on a terminal, and never with NO_COLOR set).]'
        '--token-file[Act as a member contact\: present the member token in this file first (default\: $NETWORKCTL_TOKEN).]:path:_files'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_networkctl_audit() {
    local -i ret=1
    local -ar arg_specs=(
        '(-h --help)'{-h,--help}'[Show help information.]'
        '(-): :->command'
        '(-)*:: :->arg'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0
    case "${state}" in
    command)
        local -ar subcommands=(
            'list:List audit entries, newest first.'
            'show:Show one audit entry, with the state before and after.'
        )
        _describe -V subcommand subcommands && ret=0
        ;;
    arg)
        case "${words[1]}" in
        list|show)
            "_networkctl_audit_${words[1]}" && ret=0
            ;;
        esac
        ;;
    esac

    return "${ret}"
}

_networkctl_audit_list() {
    local -i ret=1
    local -ar arg_specs=(
        '--socket[The daemon'\''s admin socket (default\: $NETWORKCTL_SOCKET, else /run/networkd/admin.sock).]:path:_files'
        '--json[Print only the method'\''s result, as JSON, on stdout.]'
        '--no-color[Never colour the output (colour is used only on a terminal, and never with NO_COLOR set).]'
        '--token-file[Act as a member contact\: present the member token in this file first (default\: $NETWORKCTL_TOKEN).]:path:_files'
        '--limit[At most this many entries (1–500; the daemon'\''s default is 50).]:limit:'
        '--after[Continue after this cursor, from the previous page.]:cursor:'
        '--method[Only entries of this method, e.g. network.update.]:method:'
        '--actor[Only entries by this actor, e.g. '\''uid\:0(root)'\''.]:actor:'
        '--target[Only entries about this target, e.g. network.]:target:'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_networkctl_audit_show() {
    local -i ret=1
    local -ar arg_specs=(
        '--socket[The daemon'\''s admin socket (default\: $NETWORKCTL_SOCKET, else /run/networkd/admin.sock).]:path:_files'
        '--json[Print only the method'\''s result, as JSON, on stdout.]'
        '--no-color[Never colour the output (colour is used only on a terminal, and never with NO_COLOR set).]'
        '--token-file[Act as a member contact\: present the member token in this file first (default\: $NETWORKCTL_TOKEN).]:path:_files'
        ':id:'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_networkctl_watch() {
    local -i ret=1
    local -ar ___area=('platform' 'membership' 'billing' 'scheduling' 'daemon' 'audit' 'network' 'tier' 'member' 'application' 'contact' 'token' 'session' 'year' 'fees' 'invoice' 'payment' 'report' 'job' 'renewal' 'outbox' 'rpc' 'period' 'credit')
    local -ar arg_specs=(
        '--socket[The daemon'\''s admin socket (default\: $NETWORKCTL_SOCKET, else /run/networkd/admin.sock).]:path:_files'
        '--json[Print only the method'\''s result, as JSON, on stdout.]'
        '--no-color[Never colour the output (colour is used only on a terminal, and never with NO_COLOR set).]'
        '--token-file[Act as a member contact\: present the member token in this file first (default\: $NETWORKCTL_TOKEN).]:path:_files'
        '*--area[Only changes in this area or group (repeatable).]:area:{__networkctl_complete "${___area[@]}"}'
        '--after[First the changes already in the trail after this audit id (0\: all of them).]:id:'
        '--reconnect[When networkd shuts down or goes away, reconnect every second and resume where the watch stopped.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_networkctl_network() {
    local -i ret=1
    local -ar arg_specs=(
        '(-h --help)'{-h,--help}'[Show help information.]'
        '(-): :->command'
        '(-)*:: :->arg'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0
    case "${state}" in
    command)
        local -ar subcommands=(
            'show:Show the network'\''s name, short name, time zone, currency and year start.'
            'edit:Change the network'\''s settings; settings left out keep their value.'
        )
        _describe -V subcommand subcommands && ret=0
        ;;
    arg)
        case "${words[1]}" in
        show|edit)
            "_networkctl_network_${words[1]}" && ret=0
            ;;
        esac
        ;;
    esac

    return "${ret}"
}

_networkctl_network_show() {
    local -i ret=1
    local -ar arg_specs=(
        '--socket[The daemon'\''s admin socket (default\: $NETWORKCTL_SOCKET, else /run/networkd/admin.sock).]:path:_files'
        '--json[Print only the method'\''s result, as JSON, on stdout.]'
        '--no-color[Never colour the output (colour is used only on a terminal, and never with NO_COLOR set).]'
        '--token-file[Act as a member contact\: present the member token in this file first (default\: $NETWORKCTL_TOKEN).]:path:_files'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_networkctl_network_edit() {
    local -i ret=1
    local -ar arg_specs=(
        '--socket[The daemon'\''s admin socket (default\: $NETWORKCTL_SOCKET, else /run/networkd/admin.sock).]:path:_files'
        '--json[Print only the method'\''s result, as JSON, on stdout.]'
        '--no-color[Never colour the output (colour is used only on a terminal, and never with NO_COLOR set).]'
        '--token-file[Act as a member contact\: present the member token in this file first (default\: $NETWORKCTL_TOKEN).]:path:_files'
        '--name[The network'\''s full name.]:name:'
        '--short-name[A short name, for invoice numbers and subjects.]:short-name:'
        '--time-zone[An IANA time zone, e.g. Europe/London.]:zone:'
        '--currency[An ISO 4217 currency code, e.g. GBP.]:code:'
        '--year-start-month[The month the membership year starts (1–12).]:month:'
        '--founding-year[The year the network was founded; earlier membership dates are refused.]:year:'
        '--expected-version[Refuse the change unless the settings are still at this version.]:version:'
        '--idempotency-key[A key that makes retrying this exact change safe.]:key:'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_networkctl_member() {
    local -i ret=1
    local -ar arg_specs=(
        '(-h --help)'{-h,--help}'[Show help information.]'
        '(-): :->command'
        '(-)*:: :->arg'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0
    case "${state}" in
    command)
        local -ar subcommands=(
            'list:List members by name, with filters.'
            'show:Show one member'\''s details.'
            'add:Enter an active member directly, without an application (secretariat).'
            'edit:Change a member'\''s details; details left out keep their value.'
            'history:Show every status and tier change of a member: who, when and why.'
            'suspend:Suspend an active member (secretariat).'
            'reinstate:Reinstate a suspended member (secretariat).'
            'resign:Record a member'\''s resignation (secretariat, member).'
            'terminate:End a membership (secretariat).'
            'change-tier:Move a current member to another tier, from a date (secretariat).'
            'cancel-change:Cancel a change scheduled for a later date (secretariat).'
        )
        _describe -V subcommand subcommands && ret=0
        ;;
    arg)
        case "${words[1]}" in
        list|show|add|edit|history|suspend|reinstate|resign|terminate|change-tier|cancel-change)
            "_networkctl_member_${words[1]}" && ret=0
            ;;
        esac
        ;;
    esac

    return "${ret}"
}

_networkctl_member_list() {
    local -i ret=1
    local -ar ___status=('applicant' 'active' 'lapsed' 'suspended' 'resigned' 'terminated' 'rejected' 'current' 'former' 'all')
    local -ar arg_specs=(
        '--socket[The daemon'\''s admin socket (default\: $NETWORKCTL_SOCKET, else /run/networkd/admin.sock).]:path:_files'
        '--json[Print only the method'\''s result, as JSON, on stdout.]'
        '--no-color[Never colour the output (colour is used only on a terminal, and never with NO_COLOR set).]'
        '--token-file[Act as a member contact\: present the member token in this file first (default\: $NETWORKCTL_TOKEN).]:path:_files'
        '--tier[Only members of this tier (full, associate, affiliate, supporter).]:tier:'
        '*--status[Only members in this status or group\: a status, current (active, lapsed, suspended; the default), former (resigned, terminated) or all. Repeat to list several.]:status:{__networkctl_complete "${___status[@]}"}'
        '--kind[Only members of this organisation kind, e.g. unitary.]:kind:'
        '--region[Only members in this region.]:region:'
        '--search[Only members whose name contains this text (any case).]:text:'
        '--limit[At most this many members per page (1–500; the daemon'\''s default is 50).]:limit:'
        '--after[Continue after this cursor, from the previous page.]:cursor:'
        '--all[Follow the cursors and list every matching member.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_networkctl_member_show() {
    local -i ret=1
    local -ar arg_specs=(
        '--socket[The daemon'\''s admin socket (default\: $NETWORKCTL_SOCKET, else /run/networkd/admin.sock).]:path:_files'
        '--json[Print only the method'\''s result, as JSON, on stdout.]'
        '--no-color[Never colour the output (colour is used only on a terminal, and never with NO_COLOR set).]'
        '--token-file[Act as a member contact\: present the member token in this file first (default\: $NETWORKCTL_TOKEN).]:path:_files'
        ':id:'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_networkctl_member_add() {
    local -i ret=1
    local -ar ___nation=('england' 'scotland' 'wales' 'northern_ireland' 'outside_uk')
    local -ar arg_specs=(
        '--socket[The daemon'\''s admin socket (default\: $NETWORKCTL_SOCKET, else /run/networkd/admin.sock).]:path:_files'
        '--json[Print only the method'\''s result, as JSON, on stdout.]'
        '--no-color[Never colour the output (colour is used only on a terminal, and never with NO_COLOR set).]'
        '--token-file[Act as a member contact\: present the member token in this file first (default\: $NETWORKCTL_TOKEN).]:path:_files'
        '--name[The organisation'\''s name (unique among current members).]:name:'
        '--kind[The organisation kind, e.g. unitary (see `networkctl tier list`).]:kind:'
        '--tier[The tier\: full, associate, affiliate or supporter.]:tier:'
        '--nation[Where the member is.]:nation:{__networkctl_complete "${___nation[@]}"}'
        '--region[The region, e.g. '\''North West'\''.]:region:'
        '--website[The website, http\:// or https\://.]:url:'
        '--population[A council'\''s population.]:people:'
        '--budget-revenue[A council'\''s controllable revenue budget, e.g. 412,000,000.]:amount:'
        '--budget-capital[A council'\''s controllable capital budget.]:amount:'
        '--member-since[The date membership started, YYYY-MM-DD (default\: today; not later, nor before the network'\''s founding year).]:date:'
        '--po-required[The member needs a purchase order number on its invoices.]'
        '--idempotency-key[A key that makes retrying this exact change safe\: a retry returns the first result.]:key:'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_networkctl_member_edit() {
    local -i ret=1
    local -ar ___nation=('england' 'scotland' 'wales' 'northern_ireland' 'outside_uk')
    local -ar arg_specs=(
        '--socket[The daemon'\''s admin socket (default\: $NETWORKCTL_SOCKET, else /run/networkd/admin.sock).]:path:_files'
        '--json[Print only the method'\''s result, as JSON, on stdout.]'
        '--no-color[Never colour the output (colour is used only on a terminal, and never with NO_COLOR set).]'
        '--token-file[Act as a member contact\: present the member token in this file first (default\: $NETWORKCTL_TOKEN).]:path:_files'
        ':id:'
        '--name[The organisation'\''s name.]:name:'
        '--kind[The organisation kind (it must still qualify for the tier).]:kind:'
        '--nation[Where the member is.]:nation:{__networkctl_complete "${___nation[@]}"}'
        '--region[The region.]:region:'
        '--website[The website, http\:// or https\://.]:url:'
        '--population[A council'\''s population.]:people:'
        '--budget-revenue[A council'\''s controllable revenue budget.]:amount:'
        '--budget-capital[A council'\''s controllable capital budget.]:amount:'
        '--po-required[Whether invoices need a purchase order number.]'
        '--no-po-required[Whether invoices need a purchase order number.]'
        '--expected-version[Refuse the change (exit 65) unless the record is still at this version.]:version:'
        '--idempotency-key[A key that makes retrying this exact change safe\: a retry returns the first result.]:key:'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_networkctl_member_history() {
    local -i ret=1
    local -ar arg_specs=(
        '--socket[The daemon'\''s admin socket (default\: $NETWORKCTL_SOCKET, else /run/networkd/admin.sock).]:path:_files'
        '--json[Print only the method'\''s result, as JSON, on stdout.]'
        '--no-color[Never colour the output (colour is used only on a terminal, and never with NO_COLOR set).]'
        '--token-file[Act as a member contact\: present the member token in this file first (default\: $NETWORKCTL_TOKEN).]:path:_files'
        ':id:'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_networkctl_member_suspend() {
    local -i ret=1
    local -ar arg_specs=(
        '--socket[The daemon'\''s admin socket (default\: $NETWORKCTL_SOCKET, else /run/networkd/admin.sock).]:path:_files'
        '--json[Print only the method'\''s result, as JSON, on stdout.]'
        '--no-color[Never colour the output (colour is used only on a terminal, and never with NO_COLOR set).]'
        '--token-file[Act as a member contact\: present the member token in this file first (default\: $NETWORKCTL_TOKEN).]:path:_files'
        ':id:'
        '--expected-version[Refuse the change (exit 65) unless the record is still at this version.]:version:'
        '--idempotency-key[A key that makes retrying this exact change safe\: a retry returns the first result.]:key:'
        '--reason[Why (required; recorded in the history).]:text:'
        '--until[The day the suspension ends (YYYY-MM-DD, after today)\: the reinstatement is scheduled for it.]:date:'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_networkctl_member_reinstate() {
    local -i ret=1
    local -ar arg_specs=(
        '--socket[The daemon'\''s admin socket (default\: $NETWORKCTL_SOCKET, else /run/networkd/admin.sock).]:path:_files'
        '--json[Print only the method'\''s result, as JSON, on stdout.]'
        '--no-color[Never colour the output (colour is used only on a terminal, and never with NO_COLOR set).]'
        '--token-file[Act as a member contact\: present the member token in this file first (default\: $NETWORKCTL_TOKEN).]:path:_files'
        ':id:'
        '--expected-version[Refuse the change (exit 65) unless the record is still at this version.]:version:'
        '--idempotency-key[A key that makes retrying this exact change safe\: a retry returns the first result.]:key:'
        '--reason[Why (required; recorded in the history).]:text:'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_networkctl_member_resign() {
    local -i ret=1
    local -ar arg_specs=(
        '--socket[The daemon'\''s admin socket (default\: $NETWORKCTL_SOCKET, else /run/networkd/admin.sock).]:path:_files'
        '--json[Print only the method'\''s result, as JSON, on stdout.]'
        '--no-color[Never colour the output (colour is used only on a terminal, and never with NO_COLOR set).]'
        '--token-file[Act as a member contact\: present the member token in this file first (default\: $NETWORKCTL_TOKEN).]:path:_files'
        ':id:'
        '--expected-version[Refuse the change (exit 65) unless the record is still at this version.]:version:'
        '--idempotency-key[A key that makes retrying this exact change safe\: a retry returns the first result.]:key:'
        '--reason[Why (recorded in the history).]:text:'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_networkctl_member_terminate() {
    local -i ret=1
    local -ar arg_specs=(
        '--socket[The daemon'\''s admin socket (default\: $NETWORKCTL_SOCKET, else /run/networkd/admin.sock).]:path:_files'
        '--json[Print only the method'\''s result, as JSON, on stdout.]'
        '--no-color[Never colour the output (colour is used only on a terminal, and never with NO_COLOR set).]'
        '--token-file[Act as a member contact\: present the member token in this file first (default\: $NETWORKCTL_TOKEN).]:path:_files'
        ':id:'
        '--expected-version[Refuse the change (exit 65) unless the record is still at this version.]:version:'
        '--idempotency-key[A key that makes retrying this exact change safe\: a retry returns the first result.]:key:'
        '--reason[Why (required; recorded in the history).]:text:'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_networkctl_member_change-tier() {
    local -i ret=1
    local -ar arg_specs=(
        '--socket[The daemon'\''s admin socket (default\: $NETWORKCTL_SOCKET, else /run/networkd/admin.sock).]:path:_files'
        '--json[Print only the method'\''s result, as JSON, on stdout.]'
        '--no-color[Never colour the output (colour is used only on a terminal, and never with NO_COLOR set).]'
        '--token-file[Act as a member contact\: present the member token in this file first (default\: $NETWORKCTL_TOKEN).]:path:_files'
        ':id:'
        '--tier[The new tier.]:tier:'
        '--kind[The new organisation kind, when it changes with the tier.]:kind:'
        '--effective-on[The date the new tier takes effect, YYYY-MM-DD (default\: today; a past date back-dates it, a future one is refused — apply it on the day).]:date:'
        '--reason[Why (required; recorded in the history).]:text:'
        '--dry-run[Show what the change would bill (credit note, invoice) and change nothing.]'
        '--expected-version[Refuse the change (exit 65) unless the record is still at this version.]:version:'
        '--idempotency-key[A key that makes retrying this exact change safe\: a retry returns the first result.]:key:'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_networkctl_member_cancel-change() {
    local -i ret=1
    local -ar arg_specs=(
        '--socket[The daemon'\''s admin socket (default\: $NETWORKCTL_SOCKET, else /run/networkd/admin.sock).]:path:_files'
        '--json[Print only the method'\''s result, as JSON, on stdout.]'
        '--no-color[Never colour the output (colour is used only on a terminal, and never with NO_COLOR set).]'
        '--token-file[Act as a member contact\: present the member token in this file first (default\: $NETWORKCTL_TOKEN).]:path:_files'
        ':change-id:'
        '--reason[Why (recorded with the change).]:text:'
        '--idempotency-key[A key that makes retrying this exact change safe\: a retry returns the first result.]:key:'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_networkctl_application() {
    local -i ret=1
    local -ar arg_specs=(
        '(-h --help)'{-h,--help}'[Show help information.]'
        '(-): :->command'
        '(-)*:: :->arg'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0
    case "${state}" in
    command)
        local -ar subcommands=(
            'submit:Record an application for a tier (secretariat).'
            'list:List applications, newest first.'
            'show:Show one application.'
            'recommend:Record the values board'\''s recommendation (secretariat).'
            'approve:Approve a recommended application: the applicant becomes an active member (secretariat).'
            'reject:Reject an application, with a reason (secretariat).'
        )
        _describe -V subcommand subcommands && ret=0
        ;;
    arg)
        case "${words[1]}" in
        submit|list|show|recommend|approve|reject)
            "_networkctl_application_${words[1]}" && ret=0
            ;;
        esac
        ;;
    esac

    return "${ret}"
}

_networkctl_application_submit() {
    local -i ret=1
    local -ar ___nation=('england' 'scotland' 'wales' 'northern_ireland' 'outside_uk')
    local -ar arg_specs=(
        '--socket[The daemon'\''s admin socket (default\: $NETWORKCTL_SOCKET, else /run/networkd/admin.sock).]:path:_files'
        '--json[Print only the method'\''s result, as JSON, on stdout.]'
        '--no-color[Never colour the output (colour is used only on a terminal, and never with NO_COLOR set).]'
        '--token-file[Act as a member contact\: present the member token in this file first (default\: $NETWORKCTL_TOKEN).]:path:_files'
        '--name[The organisation'\''s name.]:name:'
        '--kind[The organisation kind, e.g. unitary (see `networkctl tier list`).]:kind:'
        '--tier[The tier sought.]:tier:'
        '--nation[Where the organisation is.]:nation:{__networkctl_complete "${___nation[@]}"}'
        '--region[The region.]:region:'
        '--website[The website, http\:// or https\://.]:url:'
        '--population[A council'\''s population.]:people:'
        '--budget-revenue[A council'\''s controllable revenue budget.]:amount:'
        '--budget-capital[A council'\''s controllable capital budget.]:amount:'
        '--statement[The statement of commitment to co-operative values.]:text:'
        '--statement-file[Read the statement from this file (- for stdin).]:path:_files'
        '--idempotency-key[A key that makes retrying this exact change safe\: a retry returns the first result.]:key:'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_networkctl_application_list() {
    local -i ret=1
    local -ar arg_specs=(
        '--socket[The daemon'\''s admin socket (default\: $NETWORKCTL_SOCKET, else /run/networkd/admin.sock).]:path:_files'
        '--json[Print only the method'\''s result, as JSON, on stdout.]'
        '--no-color[Never colour the output (colour is used only on a terminal, and never with NO_COLOR set).]'
        '--token-file[Act as a member contact\: present the member token in this file first (default\: $NETWORKCTL_TOKEN).]:path:_files'
        '--status[Only applications in this status\: submitted, recommended, approved or rejected.]:status:'
        '--limit[At most this many applications.]:limit:'
        '--after[Continue after this cursor, from the previous page.]:cursor:'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_networkctl_application_show() {
    local -i ret=1
    local -ar arg_specs=(
        '--socket[The daemon'\''s admin socket (default\: $NETWORKCTL_SOCKET, else /run/networkd/admin.sock).]:path:_files'
        '--json[Print only the method'\''s result, as JSON, on stdout.]'
        '--no-color[Never colour the output (colour is used only on a terminal, and never with NO_COLOR set).]'
        '--token-file[Act as a member contact\: present the member token in this file first (default\: $NETWORKCTL_TOKEN).]:path:_files'
        ':id:'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_networkctl_application_recommend() {
    local -i ret=1
    local -ar arg_specs=(
        '--socket[The daemon'\''s admin socket (default\: $NETWORKCTL_SOCKET, else /run/networkd/admin.sock).]:path:_files'
        '--json[Print only the method'\''s result, as JSON, on stdout.]'
        '--no-color[Never colour the output (colour is used only on a terminal, and never with NO_COLOR set).]'
        '--token-file[Act as a member contact\: present the member token in this file first (default\: $NETWORKCTL_TOKEN).]:path:_files'
        ':id:'
        '--approve[The values board recommends approval.]'
        '--reject[The values board recommends rejection.]'
        '--note[The board'\''s note.]:text:'
        '--expected-version[Refuse the change (exit 65) unless the record is still at this version.]:version:'
        '--idempotency-key[A key that makes retrying this exact change safe\: a retry returns the first result.]:key:'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_networkctl_application_approve() {
    local -i ret=1
    local -ar arg_specs=(
        '--socket[The daemon'\''s admin socket (default\: $NETWORKCTL_SOCKET, else /run/networkd/admin.sock).]:path:_files'
        '--json[Print only the method'\''s result, as JSON, on stdout.]'
        '--no-color[Never colour the output (colour is used only on a terminal, and never with NO_COLOR set).]'
        '--token-file[Act as a member contact\: present the member token in this file first (default\: $NETWORKCTL_TOKEN).]:path:_files'
        ':id:'
        '--starts-on[The date membership starts, YYYY-MM-DD (default\: today; not later — approve on the day it starts).]:date:'
        '--expected-version[Refuse the change (exit 65) unless the record is still at this version.]:version:'
        '--idempotency-key[A key that makes retrying this exact change safe\: a retry returns the first result.]:key:'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_networkctl_application_reject() {
    local -i ret=1
    local -ar arg_specs=(
        '--socket[The daemon'\''s admin socket (default\: $NETWORKCTL_SOCKET, else /run/networkd/admin.sock).]:path:_files'
        '--json[Print only the method'\''s result, as JSON, on stdout.]'
        '--no-color[Never colour the output (colour is used only on a terminal, and never with NO_COLOR set).]'
        '--token-file[Act as a member contact\: present the member token in this file first (default\: $NETWORKCTL_TOKEN).]:path:_files'
        ':id:'
        '--reason[Why (required; recorded).]:text:'
        '--expected-version[Refuse the change (exit 65) unless the record is still at this version.]:version:'
        '--idempotency-key[A key that makes retrying this exact change safe\: a retry returns the first result.]:key:'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_networkctl_contact() {
    local -i ret=1
    local -ar arg_specs=(
        '(-h --help)'{-h,--help}'[Show help information.]'
        '(-): :->command'
        '(-)*:: :->arg'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0
    case "${state}" in
    command)
        local -ar subcommands=(
            'list:List a member'\''s contacts with their roles.'
            'show:Show one contact.'
            'add:Add a contact to a member.'
            'edit:Change a contact; details left out keep their value.'
            'remove:Remove a contact from its member; its member tokens are revoked.'
            'export:Print everything held about one contact, as JSON (a subject access request).'
            'erase:Erase a contact'\''s personal data everywhere, including the audit trail (needs --yes).'
        )
        _describe -V subcommand subcommands && ret=0
        ;;
    arg)
        case "${words[1]}" in
        list|show|add|edit|remove|export|erase)
            "_networkctl_contact_${words[1]}" && ret=0
            ;;
        esac
        ;;
    esac

    return "${ret}"
}

_networkctl_contact_list() {
    local -i ret=1
    local -ar arg_specs=(
        '--socket[The daemon'\''s admin socket (default\: $NETWORKCTL_SOCKET, else /run/networkd/admin.sock).]:path:_files'
        '--json[Print only the method'\''s result, as JSON, on stdout.]'
        '--no-color[Never colour the output (colour is used only on a terminal, and never with NO_COLOR set).]'
        '--token-file[Act as a member contact\: present the member token in this file first (default\: $NETWORKCTL_TOKEN).]:path:_files'
        ':member-id:'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_networkctl_contact_show() {
    local -i ret=1
    local -ar arg_specs=(
        '--socket[The daemon'\''s admin socket (default\: $NETWORKCTL_SOCKET, else /run/networkd/admin.sock).]:path:_files'
        '--json[Print only the method'\''s result, as JSON, on stdout.]'
        '--no-color[Never colour the output (colour is used only on a terminal, and never with NO_COLOR set).]'
        '--token-file[Act as a member contact\: present the member token in this file first (default\: $NETWORKCTL_TOKEN).]:path:_files'
        ':id:'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_networkctl_contact_add() {
    local -i ret=1
    local -ar ___role=('lead_member' 'lead_officer' 'finance' 'events')
    local -ar ___primary=('lead_member' 'lead_officer' 'finance' 'events')
    local -ar arg_specs=(
        '--socket[The daemon'\''s admin socket (default\: $NETWORKCTL_SOCKET, else /run/networkd/admin.sock).]:path:_files'
        '--json[Print only the method'\''s result, as JSON, on stdout.]'
        '--no-color[Never colour the output (colour is used only on a terminal, and never with NO_COLOR set).]'
        '--token-file[Act as a member contact\: present the member token in this file first (default\: $NETWORKCTL_TOKEN).]:path:_files'
        ':member-id:'
        '--name[The person'\''s name.]:name:'
        '--email[Their email address.]:email:'
        '--phone[Their phone number.]:phone:'
        '--job-title[Their job title.]:job-title:'
        '*--role[A role they hold (repeatable).]:role:{__networkctl_complete "${___role[@]}"}'
        '*--primary[A role they are the member'\''s primary contact for (repeatable).]:role:{__networkctl_complete "${___primary[@]}"}'
        '--idempotency-key[A key that makes retrying this exact change safe\: a retry returns the first result.]:key:'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_networkctl_contact_edit() {
    local -i ret=1
    local -ar ___role=('lead_member' 'lead_officer' 'finance' 'events')
    local -ar ___primary=('lead_member' 'lead_officer' 'finance' 'events')
    local -ar arg_specs=(
        '--socket[The daemon'\''s admin socket (default\: $NETWORKCTL_SOCKET, else /run/networkd/admin.sock).]:path:_files'
        '--json[Print only the method'\''s result, as JSON, on stdout.]'
        '--no-color[Never colour the output (colour is used only on a terminal, and never with NO_COLOR set).]'
        '--token-file[Act as a member contact\: present the member token in this file first (default\: $NETWORKCTL_TOKEN).]:path:_files'
        ':id:'
        '--name[The person'\''s name.]:name:'
        '--email[Their email address.]:email:'
        '--phone[Their phone number.]:phone:'
        '--job-title[Their job title.]:job-title:'
        '*--role[A role they hold (repeatable; replaces the roles).]:role:{__networkctl_complete "${___role[@]}"}'
        '*--primary[A role they are primary for (repeatable; replaces the primary roles).]:role:{__networkctl_complete "${___primary[@]}"}'
        '--no-roles[Remove every role (and primary role).]'
        '--expected-version[Refuse the change (exit 65) unless the record is still at this version.]:version:'
        '--idempotency-key[A key that makes retrying this exact change safe\: a retry returns the first result.]:key:'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_networkctl_contact_remove() {
    local -i ret=1
    local -ar arg_specs=(
        '--socket[The daemon'\''s admin socket (default\: $NETWORKCTL_SOCKET, else /run/networkd/admin.sock).]:path:_files'
        '--json[Print only the method'\''s result, as JSON, on stdout.]'
        '--no-color[Never colour the output (colour is used only on a terminal, and never with NO_COLOR set).]'
        '--token-file[Act as a member contact\: present the member token in this file first (default\: $NETWORKCTL_TOKEN).]:path:_files'
        ':id:'
        '--expected-version[Refuse the change (exit 65) unless the record is still at this version.]:version:'
        '--idempotency-key[A key that makes retrying this exact change safe\: a retry returns the first result.]:key:'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_networkctl_contact_export() {
    local -i ret=1
    local -ar arg_specs=(
        '--socket[The daemon'\''s admin socket (default\: $NETWORKCTL_SOCKET, else /run/networkd/admin.sock).]:path:_files'
        '--json[Print only the method'\''s result, as JSON, on stdout.]'
        '--no-color[Never colour the output (colour is used only on a terminal, and never with NO_COLOR set).]'
        '--token-file[Act as a member contact\: present the member token in this file first (default\: $NETWORKCTL_TOKEN).]:path:_files'
        ':id:'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_networkctl_contact_erase() {
    local -i ret=1
    local -ar arg_specs=(
        '--socket[The daemon'\''s admin socket (default\: $NETWORKCTL_SOCKET, else /run/networkd/admin.sock).]:path:_files'
        '--json[Print only the method'\''s result, as JSON, on stdout.]'
        '--no-color[Never colour the output (colour is used only on a terminal, and never with NO_COLOR set).]'
        '--token-file[Act as a member contact\: present the member token in this file first (default\: $NETWORKCTL_TOKEN).]:path:_files'
        ':id:'
        '--yes[Confirm\: erase this person'\''s data; it cannot be undone.]'
        '--idempotency-key[A key that makes retrying this exact change safe\: a retry returns the first result.]:key:'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_networkctl_token() {
    local -i ret=1
    local -ar arg_specs=(
        '(-h --help)'{-h,--help}'[Show help information.]'
        '(-): :->command'
        '(-)*:: :->arg'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0
    case "${state}" in
    command)
        local -ar subcommands=(
            'issue:Issue a member token to a contact; prints the secret once.'
            'list:List member tokens (never their secrets).'
            'revoke:Revoke a member token at once.'
        )
        _describe -V subcommand subcommands && ret=0
        ;;
    arg)
        case "${words[1]}" in
        issue|list|revoke)
            "_networkctl_token_${words[1]}" && ret=0
            ;;
        esac
        ;;
    esac

    return "${ret}"
}

_networkctl_token_issue() {
    local -i ret=1
    local -ar arg_specs=(
        '--socket[The daemon'\''s admin socket (default\: $NETWORKCTL_SOCKET, else /run/networkd/admin.sock).]:path:_files'
        '--json[Print only the method'\''s result, as JSON, on stdout.]'
        '--no-color[Never colour the output (colour is used only on a terminal, and never with NO_COLOR set).]'
        '--token-file[Act as a member contact\: present the member token in this file first (default\: $NETWORKCTL_TOKEN).]:path:_files'
        ':contact-id:'
        '--expires-in-days[Days until it expires (1–365; the daemon'\''s default is 90).]:days:'
        '--idempotency-key[A key that makes retrying this exact change safe\: a retry returns the first result.]:key:'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_networkctl_token_list() {
    local -i ret=1
    local -ar arg_specs=(
        '--socket[The daemon'\''s admin socket (default\: $NETWORKCTL_SOCKET, else /run/networkd/admin.sock).]:path:_files'
        '--json[Print only the method'\''s result, as JSON, on stdout.]'
        '--no-color[Never colour the output (colour is used only on a terminal, and never with NO_COLOR set).]'
        '--token-file[Act as a member contact\: present the member token in this file first (default\: $NETWORKCTL_TOKEN).]:path:_files'
        '--member[Only tokens of this member.]:member-id:'
        '--contact[Only tokens of this contact.]:contact-id:'
        '--all[Include revoked and expired tokens.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_networkctl_token_revoke() {
    local -i ret=1
    local -ar arg_specs=(
        '--socket[The daemon'\''s admin socket (default\: $NETWORKCTL_SOCKET, else /run/networkd/admin.sock).]:path:_files'
        '--json[Print only the method'\''s result, as JSON, on stdout.]'
        '--no-color[Never colour the output (colour is used only on a terminal, and never with NO_COLOR set).]'
        '--token-file[Act as a member contact\: present the member token in this file first (default\: $NETWORKCTL_TOKEN).]:path:_files'
        ':id:'
        '--idempotency-key[A key that makes retrying this exact change safe\: a retry returns the first result.]:key:'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_networkctl_tier() {
    local -i ret=1
    local -ar arg_specs=(
        '(-h --help)'{-h,--help}'[Show help information.]'
        '(-): :->command'
        '(-)*:: :->arg'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0
    case "${state}" in
    command)
        local -ar subcommands=(
            'list:List the tiers, the kinds that qualify for each, and every organisation kind.'
            'show:Show one tier: whether its members vote and pay a fee, and the kinds that qualify.'
        )
        _describe -V subcommand subcommands && ret=0
        ;;
    arg)
        case "${words[1]}" in
        list|show)
            "_networkctl_tier_${words[1]}" && ret=0
            ;;
        esac
        ;;
    esac

    return "${ret}"
}

_networkctl_tier_list() {
    local -i ret=1
    local -ar arg_specs=(
        '--socket[The daemon'\''s admin socket (default\: $NETWORKCTL_SOCKET, else /run/networkd/admin.sock).]:path:_files'
        '--json[Print only the method'\''s result, as JSON, on stdout.]'
        '--no-color[Never colour the output (colour is used only on a terminal, and never with NO_COLOR set).]'
        '--token-file[Act as a member contact\: present the member token in this file first (default\: $NETWORKCTL_TOKEN).]:path:_files'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_networkctl_tier_show() {
    local -i ret=1
    local -ar arg_specs=(
        '--socket[The daemon'\''s admin socket (default\: $NETWORKCTL_SOCKET, else /run/networkd/admin.sock).]:path:_files'
        '--json[Print only the method'\''s result, as JSON, on stdout.]'
        '--no-color[Never colour the output (colour is used only on a terminal, and never with NO_COLOR set).]'
        '--token-file[Act as a member contact\: present the member token in this file first (default\: $NETWORKCTL_TOKEN).]:path:_files'
        ':code:'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_networkctl_year() {
    local -i ret=1
    local -ar arg_specs=(
        '(-h --help)'{-h,--help}'[Show help information.]'
        '(-): :->command'
        '(-)*:: :->arg'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0
    case "${state}" in
    command)
        local -ar subcommands=(
            'list:List the membership years opened so far, latest first.'
            'show:Show one membership year.'
            'open:Open a membership year for billing (default: the year containing today).'
            'periods:List members'\'' periods: one per member per year it is a member, never rewritten.'
        )
        _describe -V subcommand subcommands && ret=0
        ;;
    arg)
        case "${words[1]}" in
        list|show|open|periods)
            "_networkctl_year_${words[1]}" && ret=0
            ;;
        esac
        ;;
    esac

    return "${ret}"
}

_networkctl_year_list() {
    local -i ret=1
    local -ar arg_specs=(
        '--socket[The daemon'\''s admin socket (default\: $NETWORKCTL_SOCKET, else /run/networkd/admin.sock).]:path:_files'
        '--json[Print only the method'\''s result, as JSON, on stdout.]'
        '--no-color[Never colour the output (colour is used only on a terminal, and never with NO_COLOR set).]'
        '--token-file[Act as a member contact\: present the member token in this file first (default\: $NETWORKCTL_TOKEN).]:path:_files'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_networkctl_year_show() {
    local -i ret=1
    local -ar arg_specs=(
        '--socket[The daemon'\''s admin socket (default\: $NETWORKCTL_SOCKET, else /run/networkd/admin.sock).]:path:_files'
        '--json[Print only the method'\''s result, as JSON, on stdout.]'
        '--no-color[Never colour the output (colour is used only on a terminal, and never with NO_COLOR set).]'
        '--token-file[Act as a member contact\: present the member token in this file first (default\: $NETWORKCTL_TOKEN).]:path:_files'
        ':start-year:'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_networkctl_year_open() {
    local -i ret=1
    local -ar arg_specs=(
        '--socket[The daemon'\''s admin socket (default\: $NETWORKCTL_SOCKET, else /run/networkd/admin.sock).]:path:_files'
        '--json[Print only the method'\''s result, as JSON, on stdout.]'
        '--no-color[Never colour the output (colour is used only on a terminal, and never with NO_COLOR set).]'
        '--token-file[Act as a member contact\: present the member token in this file first (default\: $NETWORKCTL_TOKEN).]:path:_files'
        ':start-year:'
        '--invoice-date[The date its invoices carry, YYYY-MM-DD.]:date:'
        '--terms[Days from issue until due.]:days:'
        '--idempotency-key[A key that makes retrying this exact change safe\: a retry returns the first result.]:key:'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_networkctl_year_periods() {
    local -i ret=1
    local -ar arg_specs=(
        '--socket[The daemon'\''s admin socket (default\: $NETWORKCTL_SOCKET, else /run/networkd/admin.sock).]:path:_files'
        '--json[Print only the method'\''s result, as JSON, on stdout.]'
        '--no-color[Never colour the output (colour is used only on a terminal, and never with NO_COLOR set).]'
        '--token-file[Act as a member contact\: present the member token in this file first (default\: $NETWORKCTL_TOKEN).]:path:_files'
        '--member[Only this member'\''s periods.]:id:'
        '--year[Only this year'\''s (the calendar year it starts in).]:start-year:'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_networkctl_billing() {
    local -i ret=1
    local -ar arg_specs=(
        '(-h --help)'{-h,--help}'[Show help information.]'
        '(-): :->command'
        '(-)*:: :->arg'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0
    case "${state}" in
    command)
        local -ar subcommands=(
            'show:Show the network'\''s billing details.'
            'set:Change the network'\''s billing details; options left out keep their value.'
            'payer:Who a member'\''s invoices are addressed to.'
            'set-payer:Set a member'\''s invoice name, billing address and payer contact.'
            'figures:A member'\''s population and controllable budget, year by year.'
            'set-figures:Record a member'\''s population and budgets for a year (they set its band).'
        )
        _describe -V subcommand subcommands && ret=0
        ;;
    arg)
        case "${words[1]}" in
        show|set|payer|set-payer|figures|set-figures)
            "_networkctl_billing_${words[1]}" && ret=0
            ;;
        esac
        ;;
    esac

    return "${ret}"
}

_networkctl_billing_show() {
    local -i ret=1
    local -ar arg_specs=(
        '--socket[The daemon'\''s admin socket (default\: $NETWORKCTL_SOCKET, else /run/networkd/admin.sock).]:path:_files'
        '--json[Print only the method'\''s result, as JSON, on stdout.]'
        '--no-color[Never colour the output (colour is used only on a terminal, and never with NO_COLOR set).]'
        '--token-file[Act as a member contact\: present the member token in this file first (default\: $NETWORKCTL_TOKEN).]:path:_files'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_networkctl_billing_set() {
    local -i ret=1
    local -ar arg_specs=(
        '--socket[The daemon'\''s admin socket (default\: $NETWORKCTL_SOCKET, else /run/networkd/admin.sock).]:path:_files'
        '--json[Print only the method'\''s result, as JSON, on stdout.]'
        '--no-color[Never colour the output (colour is used only on a terminal, and never with NO_COLOR set).]'
        '--token-file[Act as a member contact\: present the member token in this file first (default\: $NETWORKCTL_TOKEN).]:path:_files'
        '--address[Postal address (\\n between lines).]:text:'
        '--email[Accounts e-mail; empty clears it.]:address:'
        '--vat-number[VAT registration number; empty clears it.]:text:'
        '--payment-details[How to pay (\\n between lines).]:text:'
        '--invoice-month[The month (1–12) years'\'' invoices are dated.]:month:'
        '--terms[Days until due, for years opened from now.]:days:'
        '--apply-credit-at-issue[Spend member credit on invoices as they are issued\: true or false.]:bool:'
        '--expected-version[Refuse the change (exit 65) unless the record is still at this version.]:version:'
        '--idempotency-key[A key that makes retrying this exact change safe\: a retry returns the first result.]:key:'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_networkctl_billing_payer() {
    local -i ret=1
    local -ar arg_specs=(
        '--socket[The daemon'\''s admin socket (default\: $NETWORKCTL_SOCKET, else /run/networkd/admin.sock).]:path:_files'
        '--json[Print only the method'\''s result, as JSON, on stdout.]'
        '--no-color[Never colour the output (colour is used only on a terminal, and never with NO_COLOR set).]'
        '--token-file[Act as a member contact\: present the member token in this file first (default\: $NETWORKCTL_TOKEN).]:path:_files'
        ':member:'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_networkctl_billing_set-payer() {
    local -i ret=1
    local -ar arg_specs=(
        '--socket[The daemon'\''s admin socket (default\: $NETWORKCTL_SOCKET, else /run/networkd/admin.sock).]:path:_files'
        '--json[Print only the method'\''s result, as JSON, on stdout.]'
        '--no-color[Never colour the output (colour is used only on a terminal, and never with NO_COLOR set).]'
        '--token-file[Act as a member contact\: present the member token in this file first (default\: $NETWORKCTL_TOKEN).]:path:_files'
        ':member:'
        '--name[The name to invoice (empty\: the member'\''s name).]:text:'
        '--address[Billing address (\\n between lines).]:text:'
        '--contact[The paying contact'\''s id; 0 for the primary finance contact.]:id:'
        '--expected-version[Refuse the change (exit 65) unless the record is still at this version.]:version:'
        '--idempotency-key[A key that makes retrying this exact change safe\: a retry returns the first result.]:key:'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_networkctl_billing_figures() {
    local -i ret=1
    local -ar arg_specs=(
        '--socket[The daemon'\''s admin socket (default\: $NETWORKCTL_SOCKET, else /run/networkd/admin.sock).]:path:_files'
        '--json[Print only the method'\''s result, as JSON, on stdout.]'
        '--no-color[Never colour the output (colour is used only on a terminal, and never with NO_COLOR set).]'
        '--token-file[Act as a member contact\: present the member token in this file first (default\: $NETWORKCTL_TOKEN).]:path:_files'
        ':member:'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_networkctl_billing_set-figures() {
    local -i ret=1
    local -ar arg_specs=(
        '--socket[The daemon'\''s admin socket (default\: $NETWORKCTL_SOCKET, else /run/networkd/admin.sock).]:path:_files'
        '--json[Print only the method'\''s result, as JSON, on stdout.]'
        '--no-color[Never colour the output (colour is used only on a terminal, and never with NO_COLOR set).]'
        '--token-file[Act as a member contact\: present the member token in this file first (default\: $NETWORKCTL_TOKEN).]:path:_files'
        ':member:'
        '--year[The calendar year it starts in.]:start-year:'
        '--population[Residents.]:n:'
        '--revenue[Controllable revenue budget, e.g. 25,300,000.]:amount:'
        '--capital[Controllable capital budget.]:amount:'
        '--expected-version[Refuse the change (exit 65) unless the record is still at this version.]:version:'
        '--idempotency-key[A key that makes retrying this exact change safe\: a retry returns the first result.]:key:'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_networkctl_fees() {
    local -i ret=1
    local -ar arg_specs=(
        '(-h --help)'{-h,--help}'[Show help information.]'
        '(-): :->command'
        '(-)*:: :->arg'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0
    case "${state}" in
    command)
        local -ar subcommands=(
            'show:Show a year'\''s fee schedule.'
            'set:Replace a year'\''s fee schedule from a JSON file (the params of fees.set, or what fees show --json prints).'
            'quote:What a member pays for a year, and why: band, figures, months charged, VAT.'
        )
        _describe -V subcommand subcommands && ret=0
        ;;
    arg)
        case "${words[1]}" in
        show|set|quote)
            "_networkctl_fees_${words[1]}" && ret=0
            ;;
        esac
        ;;
    esac

    return "${ret}"
}

_networkctl_fees_show() {
    local -i ret=1
    local -ar arg_specs=(
        '--socket[The daemon'\''s admin socket (default\: $NETWORKCTL_SOCKET, else /run/networkd/admin.sock).]:path:_files'
        '--json[Print only the method'\''s result, as JSON, on stdout.]'
        '--no-color[Never colour the output (colour is used only on a terminal, and never with NO_COLOR set).]'
        '--token-file[Act as a member contact\: present the member token in this file first (default\: $NETWORKCTL_TOKEN).]:path:_files'
        ':start-year:'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_networkctl_fees_set() {
    local -i ret=1
    local -ar arg_specs=(
        '--socket[The daemon'\''s admin socket (default\: $NETWORKCTL_SOCKET, else /run/networkd/admin.sock).]:path:_files'
        '--json[Print only the method'\''s result, as JSON, on stdout.]'
        '--no-color[Never colour the output (colour is used only on a terminal, and never with NO_COLOR set).]'
        '--token-file[Act as a member contact\: present the member token in this file first (default\: $NETWORKCTL_TOKEN).]:path:_files'
        ':start-year:'
        '--file[The schedule as JSON; - reads stdin.]:file:'
        '--expected-version[Refuse the change (exit 65) unless the record is still at this version.]:version:'
        '--idempotency-key[A key that makes retrying this exact change safe\: a retry returns the first result.]:key:'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_networkctl_fees_quote() {
    local -i ret=1
    local -ar arg_specs=(
        '--socket[The daemon'\''s admin socket (default\: $NETWORKCTL_SOCKET, else /run/networkd/admin.sock).]:path:_files'
        '--json[Print only the method'\''s result, as JSON, on stdout.]'
        '--no-color[Never colour the output (colour is used only on a terminal, and never with NO_COLOR set).]'
        '--token-file[Act as a member contact\: present the member token in this file first (default\: $NETWORKCTL_TOKEN).]:path:_files'
        ':member:'
        '--year[The calendar year it starts in (default\: the latest open year).]:start-year:'
        '--starts-on[The first day charged, YYYY-MM-DD (default\: its period'\''s start).]:date:'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_networkctl_invoice() {
    local -i ret=1
    local -ar arg_specs=(
        '(-h --help)'{-h,--help}'[Show help information.]'
        '(-): :->command'
        '(-)*:: :->arg'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0
    case "${state}" in
    command)
        local -ar subcommands=(
            'list:List invoices, newest first, by status, year, member or overdue.'
            'show:Show one invoice: amounts, lines, payments received, credit notes.'
            'create:Create a draft: a member'\''s subscription for the year and/or manual lines.'
            'issue:Issue a draft: number it, date it, freeze its content.'
            'po:Supply the purchase-order number an invoice needs; one awaiting it is then issued.'
            'cancel:Cancel an invoice: an issued one by a credit note; what it received becomes credit.'
            'pdf:Write an issued invoice (or one of its credit notes) as PDF, or HTML.'
        )
        _describe -V subcommand subcommands && ret=0
        ;;
    arg)
        case "${words[1]}" in
        list|show|create|issue|po|cancel|pdf)
            "_networkctl_invoice_${words[1]}" && ret=0
            ;;
        esac
        ;;
    esac

    return "${ret}"
}

_networkctl_invoice_list() {
    local -i ret=1
    local -ar arg_specs=(
        '--socket[The daemon'\''s admin socket (default\: $NETWORKCTL_SOCKET, else /run/networkd/admin.sock).]:path:_files'
        '--json[Print only the method'\''s result, as JSON, on stdout.]'
        '--no-color[Never colour the output (colour is used only on a terminal, and never with NO_COLOR set).]'
        '--token-file[Act as a member contact\: present the member token in this file first (default\: $NETWORKCTL_TOKEN).]:path:_files'
        '--status[draft, awaiting_po, issued, part_paid, paid or cancelled.]:status:'
        '--year[The calendar year its membership year starts in.]:start-year:'
        '--member[Only this member'\''s.]:id:'
        '--overdue[Only unpaid invoices past their due date.]'
        '--limit[At most this many (1–500).]:n:'
        '--after[The next page\: the id printed after the last page.]:id:'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_networkctl_invoice_show() {
    local -i ret=1
    local -ar arg_specs=(
        '--socket[The daemon'\''s admin socket (default\: $NETWORKCTL_SOCKET, else /run/networkd/admin.sock).]:path:_files'
        '--json[Print only the method'\''s result, as JSON, on stdout.]'
        '--no-color[Never colour the output (colour is used only on a terminal, and never with NO_COLOR set).]'
        '--token-file[Act as a member contact\: present the member token in this file first (default\: $NETWORKCTL_TOKEN).]:path:_files'
        ':invoice:'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_networkctl_invoice_create() {
    local -i ret=1
    local -ar arg_specs=(
        '--socket[The daemon'\''s admin socket (default\: $NETWORKCTL_SOCKET, else /run/networkd/admin.sock).]:path:_files'
        '--json[Print only the method'\''s result, as JSON, on stdout.]'
        '--no-color[Never colour the output (colour is used only on a terminal, and never with NO_COLOR set).]'
        '--token-file[Act as a member contact\: present the member token in this file first (default\: $NETWORKCTL_TOKEN).]:path:_files'
        ':member:'
        '--year[The calendar year it starts in (default\: the latest open year).]:start-year:'
        '--subscription[Bill the member'\''s subscription for the year.]'
        '*--line[A line\: '\''DESCRIPTION=AMOUNT'\'' (repeatable).]:text=amount:'
        '--idempotency-key[A key that makes retrying this exact change safe\: a retry returns the first result.]:key:'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_networkctl_invoice_issue() {
    local -i ret=1
    local -ar arg_specs=(
        '--socket[The daemon'\''s admin socket (default\: $NETWORKCTL_SOCKET, else /run/networkd/admin.sock).]:path:_files'
        '--json[Print only the method'\''s result, as JSON, on stdout.]'
        '--no-color[Never colour the output (colour is used only on a terminal, and never with NO_COLOR set).]'
        '--token-file[Act as a member contact\: present the member token in this file first (default\: $NETWORKCTL_TOKEN).]:path:_files'
        ':invoice:'
        '--expected-version[Refuse the change (exit 65) unless the record is still at this version.]:version:'
        '--idempotency-key[A key that makes retrying this exact change safe\: a retry returns the first result.]:key:'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_networkctl_invoice_po() {
    local -i ret=1
    local -ar arg_specs=(
        '--socket[The daemon'\''s admin socket (default\: $NETWORKCTL_SOCKET, else /run/networkd/admin.sock).]:path:_files'
        '--json[Print only the method'\''s result, as JSON, on stdout.]'
        '--no-color[Never colour the output (colour is used only on a terminal, and never with NO_COLOR set).]'
        '--token-file[Act as a member contact\: present the member token in this file first (default\: $NETWORKCTL_TOKEN).]:path:_files'
        ':invoice:'
        ':po-number:'
        '--expected-version[Refuse the change (exit 65) unless the record is still at this version.]:version:'
        '--idempotency-key[A key that makes retrying this exact change safe\: a retry returns the first result.]:key:'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_networkctl_invoice_cancel() {
    local -i ret=1
    local -ar arg_specs=(
        '--socket[The daemon'\''s admin socket (default\: $NETWORKCTL_SOCKET, else /run/networkd/admin.sock).]:path:_files'
        '--json[Print only the method'\''s result, as JSON, on stdout.]'
        '--no-color[Never colour the output (colour is used only on a terminal, and never with NO_COLOR set).]'
        '--token-file[Act as a member contact\: present the member token in this file first (default\: $NETWORKCTL_TOKEN).]:path:_files'
        ':invoice:'
        '--reason[Why (required; on the credit note).]:text:'
        '--expected-version[Refuse the change (exit 65) unless the record is still at this version.]:version:'
        '--idempotency-key[A key that makes retrying this exact change safe\: a retry returns the first result.]:key:'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_networkctl_invoice_pdf() {
    local -i ret=1
    local -ar arg_specs=(
        '--socket[The daemon'\''s admin socket (default\: $NETWORKCTL_SOCKET, else /run/networkd/admin.sock).]:path:_files'
        '--json[Print only the method'\''s result, as JSON, on stdout.]'
        '--no-color[Never colour the output (colour is used only on a terminal, and never with NO_COLOR set).]'
        '--token-file[Act as a member contact\: present the member token in this file first (default\: $NETWORKCTL_TOKEN).]:path:_files'
        ':invoice:'
        '(-o --output)'{-o,--output}'[Where to write it; - is stdout.]:file:'
        '--html[HTML instead of PDF.]'
        '--credit-note[One of the invoice'\''s credit notes, by id.]:id:'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_networkctl_payment() {
    local -i ret=1
    local -ar arg_specs=(
        '(-h --help)'{-h,--help}'[Show help information.]'
        '(-): :->command'
        '(-)*:: :->arg'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0
    case "${state}" in
    command)
        local -ar subcommands=(
            'record:Record a payment against an issued invoice (amount in major units: 1234.50).'
            'list:List payments, newest first, voided ones included.'
            'void:Void a payment recorded in error: the invoice owes it again.'
        )
        _describe -V subcommand subcommands && ret=0
        ;;
    arg)
        case "${words[1]}" in
        record|list|void)
            "_networkctl_payment_${words[1]}" && ret=0
            ;;
        esac
        ;;
    esac

    return "${ret}"
}

_networkctl_payment_record() {
    local -i ret=1
    local -ar arg_specs=(
        '--socket[The daemon'\''s admin socket (default\: $NETWORKCTL_SOCKET, else /run/networkd/admin.sock).]:path:_files'
        '--json[Print only the method'\''s result, as JSON, on stdout.]'
        '--no-color[Never colour the output (colour is used only on a terminal, and never with NO_COLOR set).]'
        '--token-file[Act as a member contact\: present the member token in this file first (default\: $NETWORKCTL_TOKEN).]:path:_files'
        ':invoice:'
        ':amount:'
        '--method[bank_transfer, card, cheque or other.]:method:'
        '--paid-on[When it was paid, YYYY-MM-DD (default today).]:date:'
        '--reference[The bank reference, cheque number…]:text:'
        '--idempotency-key[A key that makes retrying this exact change safe\: a retry returns the first result.]:key:'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_networkctl_payment_list() {
    local -i ret=1
    local -ar arg_specs=(
        '--socket[The daemon'\''s admin socket (default\: $NETWORKCTL_SOCKET, else /run/networkd/admin.sock).]:path:_files'
        '--json[Print only the method'\''s result, as JSON, on stdout.]'
        '--no-color[Never colour the output (colour is used only on a terminal, and never with NO_COLOR set).]'
        '--token-file[Act as a member contact\: present the member token in this file first (default\: $NETWORKCTL_TOKEN).]:path:_files'
        '--invoice[Only this invoice'\''s (id or number).]:invoice:'
        '--member[Only this member'\''s.]:id:'
        '--limit[At most this many (1–500).]:n:'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_networkctl_payment_void() {
    local -i ret=1
    local -ar arg_specs=(
        '--socket[The daemon'\''s admin socket (default\: $NETWORKCTL_SOCKET, else /run/networkd/admin.sock).]:path:_files'
        '--json[Print only the method'\''s result, as JSON, on stdout.]'
        '--no-color[Never colour the output (colour is used only on a terminal, and never with NO_COLOR set).]'
        '--token-file[Act as a member contact\: present the member token in this file first (default\: $NETWORKCTL_TOKEN).]:path:_files'
        ':id:'
        '--reason[Why (required).]:text:'
        '--idempotency-key[A key that makes retrying this exact change safe\: a retry returns the first result.]:key:'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_networkctl_credit() {
    local -i ret=1
    local -ar arg_specs=(
        '(-h --help)'{-h,--help}'[Show help information.]'
        '(-): :->command'
        '(-)*:: :->arg'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0
    case "${state}" in
    command)
        local -ar subcommands=(
            'show:A member'\''s credit, from overpayments and credit notes on paid invoices.'
            'apply:Spend a member'\''s credit on one of its issued invoices.'
        )
        _describe -V subcommand subcommands && ret=0
        ;;
    arg)
        case "${words[1]}" in
        show|apply)
            "_networkctl_credit_${words[1]}" && ret=0
            ;;
        esac
        ;;
    esac

    return "${ret}"
}

_networkctl_credit_show() {
    local -i ret=1
    local -ar arg_specs=(
        '--socket[The daemon'\''s admin socket (default\: $NETWORKCTL_SOCKET, else /run/networkd/admin.sock).]:path:_files'
        '--json[Print only the method'\''s result, as JSON, on stdout.]'
        '--no-color[Never colour the output (colour is used only on a terminal, and never with NO_COLOR set).]'
        '--token-file[Act as a member contact\: present the member token in this file first (default\: $NETWORKCTL_TOKEN).]:path:_files'
        ':member:'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_networkctl_credit_apply() {
    local -i ret=1
    local -ar arg_specs=(
        '--socket[The daemon'\''s admin socket (default\: $NETWORKCTL_SOCKET, else /run/networkd/admin.sock).]:path:_files'
        '--json[Print only the method'\''s result, as JSON, on stdout.]'
        '--no-color[Never colour the output (colour is used only on a terminal, and never with NO_COLOR set).]'
        '--token-file[Act as a member contact\: present the member token in this file first (default\: $NETWORKCTL_TOKEN).]:path:_files'
        ':invoice:'
        '--amount[How much (default\: as much as the credit and the invoice allow).]:amount:'
        '--idempotency-key[A key that makes retrying this exact change safe\: a retry returns the first result.]:key:'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_networkctl_report() {
    local -i ret=1
    local -ar arg_specs=(
        '(-h --help)'{-h,--help}'[Show help information.]'
        '(-): :->command'
        '(-)*:: :->arg'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0
    case "${state}" in
    command)
        local -ar subcommands=(
            'income:Income by membership year and tier: invoiced, credited, net, received, outstanding.'
            'aged-debt:What each member owes as of a date, by days past due: not due, 0–30, 31–60, 61–90, 90+.'
            'arrears:Members with invoices past their due date: how much, how many, since when.'
        )
        _describe -V subcommand subcommands && ret=0
        ;;
    arg)
        case "${words[1]}" in
        income|aged-debt|arrears)
            "_networkctl_report_${words[1]}" && ret=0
            ;;
        esac
        ;;
    esac

    return "${ret}"
}

_networkctl_report_income() {
    local -i ret=1
    local -ar arg_specs=(
        '--socket[The daemon'\''s admin socket (default\: $NETWORKCTL_SOCKET, else /run/networkd/admin.sock).]:path:_files'
        '--json[Print only the method'\''s result, as JSON, on stdout.]'
        '--no-color[Never colour the output (colour is used only on a terminal, and never with NO_COLOR set).]'
        '--token-file[Act as a member contact\: present the member token in this file first (default\: $NETWORKCTL_TOKEN).]:path:_files'
        '--year[Only this year (the calendar year it starts in).]:start-year:'
        '--csv[Write CSV (RFC 4180) instead of a table.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_networkctl_report_aged-debt() {
    local -i ret=1
    local -ar arg_specs=(
        '--socket[The daemon'\''s admin socket (default\: $NETWORKCTL_SOCKET, else /run/networkd/admin.sock).]:path:_files'
        '--json[Print only the method'\''s result, as JSON, on stdout.]'
        '--no-color[Never colour the output (colour is used only on a terminal, and never with NO_COLOR set).]'
        '--token-file[Act as a member contact\: present the member token in this file first (default\: $NETWORKCTL_TOKEN).]:path:_files'
        '--as-of[The day to report as of, YYYY-MM-DD (default today).]:date:'
        '--csv[Write CSV (RFC 4180) instead of a table.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_networkctl_report_arrears() {
    local -i ret=1
    local -ar arg_specs=(
        '--socket[The daemon'\''s admin socket (default\: $NETWORKCTL_SOCKET, else /run/networkd/admin.sock).]:path:_files'
        '--json[Print only the method'\''s result, as JSON, on stdout.]'
        '--no-color[Never colour the output (colour is used only on a terminal, and never with NO_COLOR set).]'
        '--token-file[Act as a member contact\: present the member token in this file first (default\: $NETWORKCTL_TOKEN).]:path:_files'
        '--as-of[The day to report as of, YYYY-MM-DD (default today).]:date:'
        '--csv[Write CSV (RFC 4180) instead of a table.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_networkctl_job() {
    local -i ret=1
    local -ar arg_specs=(
        '(-h --help)'{-h,--help}'[Show help information.]'
        '(-): :->command'
        '(-)*:: :->arg'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0
    case "${state}" in
    command)
        local -ar subcommands=(
            'list:List the jobs, when each runs, and each one'\''s latest run.'
            'run:Run a job now and wait for it (--dry-run: count what it would do, change nothing).'
            'history:List job runs, newest first.'
        )
        _describe -V subcommand subcommands && ret=0
        ;;
    arg)
        case "${words[1]}" in
        list|run|history)
            "_networkctl_job_${words[1]}" && ret=0
            ;;
        esac
        ;;
    esac

    return "${ret}"
}

_networkctl_job_list() {
    local -i ret=1
    local -ar arg_specs=(
        '--socket[The daemon'\''s admin socket (default\: $NETWORKCTL_SOCKET, else /run/networkd/admin.sock).]:path:_files'
        '--json[Print only the method'\''s result, as JSON, on stdout.]'
        '--no-color[Never colour the output (colour is used only on a terminal, and never with NO_COLOR set).]'
        '--token-file[Act as a member contact\: present the member token in this file first (default\: $NETWORKCTL_TOKEN).]:path:_files'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_networkctl_job_run() {
    local -i ret=1
    local -ar _job=('changes' 'renewal' 'reminders' 'lapse')
    local -ar arg_specs=(
        '--socket[The daemon'\''s admin socket (default\: $NETWORKCTL_SOCKET, else /run/networkd/admin.sock).]:path:_files'
        '--json[Print only the method'\''s result, as JSON, on stdout.]'
        '--no-color[Never colour the output (colour is used only on a terminal, and never with NO_COLOR set).]'
        '--token-file[Act as a member contact\: present the member token in this file first (default\: $NETWORKCTL_TOKEN).]:path:_files'
        ':job:{__networkctl_complete "${_job[@]}"}'
        '--year[The renewal'\''s year (the calendar year it starts in).]:start-year:'
        '--dry-run[Work it out and count, then roll back.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_networkctl_job_history() {
    local -i ret=1
    local -ar ___job=('changes' 'renewal' 'reminders' 'lapse')
    local -ar arg_specs=(
        '--socket[The daemon'\''s admin socket (default\: $NETWORKCTL_SOCKET, else /run/networkd/admin.sock).]:path:_files'
        '--json[Print only the method'\''s result, as JSON, on stdout.]'
        '--no-color[Never colour the output (colour is used only on a terminal, and never with NO_COLOR set).]'
        '--token-file[Act as a member contact\: present the member token in this file first (default\: $NETWORKCTL_TOKEN).]:path:_files'
        '--job[Only this job'\''s runs.]:job:{__networkctl_complete "${___job[@]}"}'
        '--limit[Runs per page (1-500).]:n:'
        '--before[Runs before this id (the previous page'\''s last).]:id:'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_networkctl_renewal() {
    local -i ret=1
    local -ar arg_specs=(
        '(-h --help)'{-h,--help}'[Show help information.]'
        '(-): :->command'
        '(-)*:: :->arg'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0
    case "${state}" in
    command)
        local -ar subcommands=(
            'preview:Show what a renewal run would create now: counts, totals by tier, the first members.'
            'run:Run the year'\''s renewal now and wait for it; running it again creates nothing twice.'
        )
        _describe -V subcommand subcommands && ret=0
        ;;
    arg)
        case "${words[1]}" in
        preview|run)
            "_networkctl_renewal_${words[1]}" && ret=0
            ;;
        esac
        ;;
    esac

    return "${ret}"
}

_networkctl_renewal_preview() {
    local -i ret=1
    local -ar arg_specs=(
        '--socket[The daemon'\''s admin socket (default\: $NETWORKCTL_SOCKET, else /run/networkd/admin.sock).]:path:_files'
        '--json[Print only the method'\''s result, as JSON, on stdout.]'
        '--no-color[Never colour the output (colour is used only on a terminal, and never with NO_COLOR set).]'
        '--token-file[Act as a member contact\: present the member token in this file first (default\: $NETWORKCTL_TOKEN).]:path:_files'
        ':start-year:'
        '--limit[Members to list (0-1000).]:n:'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_networkctl_renewal_run() {
    local -i ret=1
    local -ar arg_specs=(
        '--socket[The daemon'\''s admin socket (default\: $NETWORKCTL_SOCKET, else /run/networkd/admin.sock).]:path:_files'
        '--json[Print only the method'\''s result, as JSON, on stdout.]'
        '--no-color[Never colour the output (colour is used only on a terminal, and never with NO_COLOR set).]'
        '--token-file[Act as a member contact\: present the member token in this file first (default\: $NETWORKCTL_TOKEN).]:path:_files'
        ':start-year:'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_networkctl_outbox() {
    local -i ret=1
    local -ar arg_specs=(
        '(-h --help)'{-h,--help}'[Show help information.]'
        '(-): :->command'
        '(-)*:: :->arg'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0
    case "${state}" in
    command)
        local -ar subcommands=(
            'list:List e-mail messages, newest first.'
            'show:Show one message'\''s delivery; --message prints the whole message as sent.'
            'retry:Queue a failed message again, now; it keeps its Message-ID.'
        )
        _describe -V subcommand subcommands && ret=0
        ;;
    arg)
        case "${words[1]}" in
        list|show|retry)
            "_networkctl_outbox_${words[1]}" && ret=0
            ;;
        esac
        ;;
    esac

    return "${ret}"
}

_networkctl_outbox_list() {
    local -i ret=1
    local -ar ___status=('queued' 'sent' 'failed' 'cancelled')
    local -ar arg_specs=(
        '--socket[The daemon'\''s admin socket (default\: $NETWORKCTL_SOCKET, else /run/networkd/admin.sock).]:path:_files'
        '--json[Print only the method'\''s result, as JSON, on stdout.]'
        '--no-color[Never colour the output (colour is used only on a terminal, and never with NO_COLOR set).]'
        '--token-file[Act as a member contact\: present the member token in this file first (default\: $NETWORKCTL_TOKEN).]:path:_files'
        '--status[Only messages in this state.]:status:{__networkctl_complete "${___status[@]}"}'
        '--member[Only messages about this member.]:id:'
        '--invoice[Only messages about this invoice.]:id:'
        '--limit[Messages per page (1-500).]:n:'
        '--before[Messages before this id (the previous page'\''s last).]:id:'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_networkctl_outbox_show() {
    local -i ret=1
    local -ar arg_specs=(
        '--socket[The daemon'\''s admin socket (default\: $NETWORKCTL_SOCKET, else /run/networkd/admin.sock).]:path:_files'
        '--json[Print only the method'\''s result, as JSON, on stdout.]'
        '--no-color[Never colour the output (colour is used only on a terminal, and never with NO_COLOR set).]'
        '--token-file[Act as a member contact\: present the member token in this file first (default\: $NETWORKCTL_TOKEN).]:path:_files'
        ':id:'
        '--message[Print the rendered RFC 5322 message.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_networkctl_outbox_retry() {
    local -i ret=1
    local -ar arg_specs=(
        '--socket[The daemon'\''s admin socket (default\: $NETWORKCTL_SOCKET, else /run/networkd/admin.sock).]:path:_files'
        '--json[Print only the method'\''s result, as JSON, on stdout.]'
        '--no-color[Never colour the output (colour is used only on a terminal, and never with NO_COLOR set).]'
        '--token-file[Act as a member contact\: present the member token in this file first (default\: $NETWORKCTL_TOKEN).]:path:_files'
        ':id:'
        '--idempotency-key[A key that makes retrying this exact change safe\: a retry returns the first result.]:key:'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_networkctl_methods() {
    local -i ret=1
    local -ar arg_specs=(
        '--socket[The daemon'\''s admin socket (default\: $NETWORKCTL_SOCKET, else /run/networkd/admin.sock).]:path:_files'
        '--json[Print only the method'\''s result, as JSON, on stdout.]'
        '--no-color[Never colour the output (colour is used only on a terminal, and never with NO_COLOR set).]'
        '--token-file[Act as a member contact\: present the member token in this file first (default\: $NETWORKCTL_TOKEN).]:path:_files'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_networkctl_call() {
    local -i ret=1
    local -ar arg_specs=(
        '--socket[The daemon'\''s admin socket (default\: $NETWORKCTL_SOCKET, else /run/networkd/admin.sock).]:path:_files'
        '--json[Print only the method'\''s result, as JSON, on stdout.]'
        '--no-color[Never colour the output (colour is used only on a terminal, and never with NO_COLOR set).]'
        '--token-file[Act as a member contact\: present the member token in this file first (default\: $NETWORKCTL_TOKEN).]:path:_files'
        ':method:'
        ':params:'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_networkctl_help() {
    local -i ret=1
    local -ar arg_specs=(
        '*:subcommands:'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

if [[ "${funcstack[1]}" = _networkctl ]]; then
    _networkctl "${@}"
else
    compdef _networkctl networkctl
fi
