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
            'network:Show or change the network'\''s own settings.'
            'methods:List the admin-socket methods the daemon serves, with the roles that may call them.'
            'call:Call any admin-socket method with raw JSON params and print its result.'
            'help:Show subcommand help information.'
        )
        _describe -V subcommand subcommands && ret=0
        ;;
    arg)
        case "${words[1]}" in
        status|reload|audit|network|methods|call|help)
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
        )
        _describe -V subcommand subcommands && ret=0
        ;;
    arg)
        case "${words[1]}" in
        list)
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
        '--name[The network'\''s full name.]:name:'
        '--short-name[A short name, for invoice numbers and subjects.]:short-name:'
        '--time-zone[An IANA time zone, e.g. Europe/London.]:zone:'
        '--currency[An ISO 4217 currency code, e.g. GBP.]:code:'
        '--year-start-month[The month the membership year starts (1–12).]:month:'
        '--expected-version[Refuse the change unless the settings are still at this version.]:version:'
        '--idempotency-key[A key that makes retrying this exact change safe.]:key:'
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
