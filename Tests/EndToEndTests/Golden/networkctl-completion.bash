#!/bin/bash

__networkctl_cursor_index_in_current_word() {
    local remaining="${COMP_LINE}"

    local word
    for word in "${COMP_WORDS[@]::COMP_CWORD}"; do
        remaining="${remaining##*([[:space:]])"${word}"*([[:space:]])}"
    done

    local -ir index="$((COMP_POINT - ${#COMP_LINE} + ${#remaining}))"
    if [[ "${index}" -le 0 ]]; then
        printf 0
    else
        printf %s "${index}"
    fi
}

# positional arguments:
#
# - 1: the current (sub)command's count of positional arguments
#
# required variables:
#
# - repeating_flags: the repeating flags that the current (sub)command can accept
# - non_repeating_flags: the non-repeating flags that the current (sub)command can accept
# - repeating_options: the repeating options that the current (sub)command can accept
# - non_repeating_options: the non-repeating options that the current (sub)command can accept
# - positional_number: value ignored
# - unparsed_words: unparsed words from the current command line
#
# modified variables:
#
# - non_repeating_flags: remove flags for this (sub)command that are already on the command line
# - non_repeating_options: remove options for this (sub)command that are already on the command line
# - positional_number: set to the current positional number
# - unparsed_words: remove all flags, options, and option values for this (sub)command
__networkctl_offer_flags_options() {
    local -ir positional_count="${1}"
    positional_number=0

    local was_flag_option_terminator_seen=false
    local is_parsing_option_value=false

    local -ar unparsed_word_indices=("${!unparsed_words[@]}")
    local -i word_index
    for word_index in "${unparsed_word_indices[@]}"; do
        if "${is_parsing_option_value}"; then
            # This word is an option value:
            # Reset marker for next word iff not currently the last word
            [[ "${word_index}" -ne "${unparsed_word_indices[${#unparsed_word_indices[@]} - 1]}" ]] && is_parsing_option_value=false
            unset "unparsed_words[${word_index}]"
            # Do not process this word as a flag or an option
            continue
        fi

        local word="${unparsed_words["${word_index}"]}"
        if ! "${was_flag_option_terminator_seen}"; then
            case "${word}" in
            --)
                unset "unparsed_words[${word_index}]"
                # by itself -- is a flag/option terminator, but if it is the last word, it is the start of a completion
                if [[ "${word_index}" -ne "${unparsed_word_indices[${#unparsed_word_indices[@]} - 1]}" ]]; then
                    was_flag_option_terminator_seen=true
                fi
                continue
                ;;
            -*)
                # ${word} is a flag or an option
                # If ${word} is an option, mark that the next word to be parsed is an option value
                local option
                for option in "${repeating_options[@]}" "${non_repeating_options[@]}"; do
                    [[ "${word}" = "${option}" ]] && is_parsing_option_value=true && break
                done

                # Remove ${word} from ${non_repeating_flags} or ${non_repeating_options} so it isn't offered again
                local not_found=true
                local -i index
                for index in "${!non_repeating_flags[@]}"; do
                    if [[ "${non_repeating_flags[${index}]}" = "${word}" ]]; then
                        unset "non_repeating_flags[${index}]"
                        non_repeating_flags=("${non_repeating_flags[@]}")
                        not_found=false
                        break
                    fi
                done
                if "${not_found}"; then
                    for index in "${!non_repeating_flags[@]}"; do
                        if [[ "${non_repeating_flags[${index}]}" = "${word}" ]]; then
                            unset "non_repeating_flags[${index}]"
                            non_repeating_flags=("${non_repeating_flags[@]}")
                            break
                        fi
                    done
                fi
                unset "unparsed_words[${word_index}]"
                continue
                ;;
            esac
        fi

        # ${word} is neither a flag, nor an option, nor an option value
        if [[ "${positional_number}" -lt "${positional_count}" || "${positional_count}" -lt 0 ]]; then
            # ${word} is a positional
            ((positional_number++))
            unset "unparsed_words[${word_index}]"
        else
            if [[ -z "${word}" ]]; then
                # Could be completing a flag, option, or subcommand
                positional_number=-1
            else
                # ${word} is a subcommand or invalid, so stop processing this (sub)command
                positional_number=-2
            fi
            break
        fi
    done

    unparsed_words=("${unparsed_words[@]}")

    if\
        ! "${was_flag_option_terminator_seen}"\
        && ! "${is_parsing_option_value}"\
        && [[ ("${cur}" = -* && "${positional_number}" -ge 0) || "${positional_number}" -eq -1 ]]
    then
        COMPREPLY+=($(compgen -W "${repeating_flags[*]} ${non_repeating_flags[*]} ${repeating_options[*]} ${non_repeating_options[*]}" -- "${cur}"))
    fi
}

__networkctl_add_completions() {
    local completion
    while IFS='' read -r completion; do
        COMPREPLY+=("${completion}")
    done < <(IFS=$'\n' compgen "${@}" -- "${cur}")
}

__networkctl_custom_complete() {
    if [[ -n "${cur}" || -z ${COMP_WORDS[${COMP_CWORD}]} || "${COMP_LINE:${COMP_POINT}:1}" != ' ' ]]; then
        local -ar words=("${COMP_WORDS[@]}")
    else
        local -ar words=("${COMP_WORDS[@]::${COMP_CWORD}}" '' "${COMP_WORDS[@]:${COMP_CWORD}}")
    fi

    "${COMP_WORDS[0]}" "${@}" "${words[@]}"
}

_networkctl() {
    local state
    state="$(shopt -p;shopt -po)"
    trap "${state//$'\n'/;}" RETURN
    shopt -s extglob
    set +o history +o posix

    local -xr SAP_SHELL=bash
    local -x SAP_SHELL_VERSION
    SAP_SHELL_VERSION="$(IFS='.';printf %s "${BASH_VERSINFO[*]}")"
    local -r SAP_SHELL_VERSION

    local -r cur="${2}"
    local -r prev="${3}"

    local -i positional_number
    local -a unparsed_words=("${COMP_WORDS[@]:1:${COMP_CWORD}}")

    local -a repeating_flags=()
    local -a non_repeating_flags=(--json --no-color -h --help)
    local -a repeating_options=()
    local -a non_repeating_options=(--socket --token-file)
    __networkctl_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--socket')
        __networkctl_add_completions -f
        return
        ;;
    '--token-file')
        __networkctl_add_completions -f
        return
        ;;
    esac

    # Offer subcommand / subcommand argument completions
    local -r subcommand="${unparsed_words[0]}"
    unset 'unparsed_words[0]'
    unparsed_words=("${unparsed_words[@]}")
    case "${subcommand}" in
    status|reload|audit|watch|network|member|application|contact|token|tier|year|billing|fees|invoice|payment|credit|report|job|renewal|outbox|methods|call|help)
        # Offer subcommand argument completions
        "_networkctl_${subcommand}"
        ;;
    *)
        # Offer subcommand completions
        COMPREPLY+=($(compgen -W 'status reload audit watch network member application contact token tier year billing fees invoice payment credit report job renewal outbox methods call help' -- "${cur}"))
        ;;
    esac
}

_networkctl_status() {
    repeating_flags=()
    non_repeating_flags=(--json --no-color -h --help)
    repeating_options=()
    non_repeating_options=(--socket --token-file)
    __networkctl_offer_flags_options -1

    # Offer option value completions
    case "${prev}" in
    '--socket')
        __networkctl_add_completions -f
        return
        ;;
    '--token-file')
        __networkctl_add_completions -f
        return
        ;;
    esac
}

_networkctl_reload() {
    repeating_flags=()
    non_repeating_flags=(--json --no-color -h --help)
    repeating_options=()
    non_repeating_options=(--socket --token-file)
    __networkctl_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--socket')
        __networkctl_add_completions -f
        return
        ;;
    '--token-file')
        __networkctl_add_completions -f
        return
        ;;
    esac
}

_networkctl_audit() {
    repeating_flags=()
    non_repeating_flags=(-h --help)
    repeating_options=()
    non_repeating_options=()
    __networkctl_offer_flags_options 0

    # Offer subcommand / subcommand argument completions
    local -r subcommand="${unparsed_words[0]}"
    unset 'unparsed_words[0]'
    unparsed_words=("${unparsed_words[@]}")
    case "${subcommand}" in
    list|show)
        # Offer subcommand argument completions
        "_networkctl_audit_${subcommand}"
        ;;
    *)
        # Offer subcommand completions
        COMPREPLY+=($(compgen -W 'list show' -- "${cur}"))
        ;;
    esac
}

_networkctl_audit_list() {
    repeating_flags=()
    non_repeating_flags=(--json --no-color -h --help)
    repeating_options=()
    non_repeating_options=(--socket --token-file --limit --after --method --actor --target)
    __networkctl_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--socket')
        __networkctl_add_completions -f
        return
        ;;
    '--token-file')
        __networkctl_add_completions -f
        return
        ;;
    '--limit')
        return
        ;;
    '--after')
        return
        ;;
    '--method')
        return
        ;;
    '--actor')
        return
        ;;
    '--target')
        return
        ;;
    esac
}

_networkctl_audit_show() {
    repeating_flags=()
    non_repeating_flags=(--json --no-color -h --help)
    repeating_options=()
    non_repeating_options=(--socket --token-file)
    __networkctl_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--socket')
        __networkctl_add_completions -f
        return
        ;;
    '--token-file')
        __networkctl_add_completions -f
        return
        ;;
    esac
}

_networkctl_watch() {
    repeating_flags=()
    non_repeating_flags=(--json --no-color --reconnect -h --help)
    repeating_options=(--area)
    non_repeating_options=(--socket --token-file --after)
    __networkctl_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--socket')
        __networkctl_add_completions -f
        return
        ;;
    '--token-file')
        __networkctl_add_completions -f
        return
        ;;
    '--area')
        __networkctl_add_completions -W 'platform'$'\n''membership'$'\n''billing'$'\n''scheduling'$'\n''daemon'$'\n''audit'$'\n''network'$'\n''tier'$'\n''member'$'\n''application'$'\n''contact'$'\n''token'$'\n''session'$'\n''year'$'\n''fees'$'\n''invoice'$'\n''payment'$'\n''report'$'\n''job'$'\n''renewal'$'\n''outbox'$'\n''rpc'$'\n''period'$'\n''credit'
        return
        ;;
    '--after')
        return
        ;;
    esac
}

_networkctl_network() {
    repeating_flags=()
    non_repeating_flags=(-h --help)
    repeating_options=()
    non_repeating_options=()
    __networkctl_offer_flags_options 0

    # Offer subcommand / subcommand argument completions
    local -r subcommand="${unparsed_words[0]}"
    unset 'unparsed_words[0]'
    unparsed_words=("${unparsed_words[@]}")
    case "${subcommand}" in
    show|edit)
        # Offer subcommand argument completions
        "_networkctl_network_${subcommand}"
        ;;
    *)
        # Offer subcommand completions
        COMPREPLY+=($(compgen -W 'show edit' -- "${cur}"))
        ;;
    esac
}

_networkctl_network_show() {
    repeating_flags=()
    non_repeating_flags=(--json --no-color -h --help)
    repeating_options=()
    non_repeating_options=(--socket --token-file)
    __networkctl_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--socket')
        __networkctl_add_completions -f
        return
        ;;
    '--token-file')
        __networkctl_add_completions -f
        return
        ;;
    esac
}

_networkctl_network_edit() {
    repeating_flags=()
    non_repeating_flags=(--json --no-color -h --help)
    repeating_options=()
    non_repeating_options=(--socket --token-file --name --short-name --time-zone --currency --year-start-month --founding-year --expected-version --idempotency-key)
    __networkctl_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--socket')
        __networkctl_add_completions -f
        return
        ;;
    '--token-file')
        __networkctl_add_completions -f
        return
        ;;
    '--name')
        return
        ;;
    '--short-name')
        return
        ;;
    '--time-zone')
        return
        ;;
    '--currency')
        return
        ;;
    '--year-start-month')
        return
        ;;
    '--founding-year')
        return
        ;;
    '--expected-version')
        return
        ;;
    '--idempotency-key')
        return
        ;;
    esac
}

_networkctl_member() {
    repeating_flags=()
    non_repeating_flags=(-h --help)
    repeating_options=()
    non_repeating_options=()
    __networkctl_offer_flags_options 0

    # Offer subcommand / subcommand argument completions
    local -r subcommand="${unparsed_words[0]}"
    unset 'unparsed_words[0]'
    unparsed_words=("${unparsed_words[@]}")
    case "${subcommand}" in
    list|show|add|edit|history|suspend|reinstate|resign|terminate|change-tier|cancel-change)
        # Offer subcommand argument completions
        "_networkctl_member_${subcommand}"
        ;;
    *)
        # Offer subcommand completions
        COMPREPLY+=($(compgen -W 'list show add edit history suspend reinstate resign terminate change-tier cancel-change' -- "${cur}"))
        ;;
    esac
}

_networkctl_member_list() {
    repeating_flags=()
    non_repeating_flags=(--json --no-color --all -h --help)
    repeating_options=(--status)
    non_repeating_options=(--socket --token-file --tier --kind --region --search --limit --after)
    __networkctl_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--socket')
        __networkctl_add_completions -f
        return
        ;;
    '--token-file')
        __networkctl_add_completions -f
        return
        ;;
    '--tier')
        return
        ;;
    '--status')
        __networkctl_add_completions -W 'applicant'$'\n''active'$'\n''lapsed'$'\n''suspended'$'\n''resigned'$'\n''terminated'$'\n''rejected'$'\n''current'$'\n''former'$'\n''all'
        return
        ;;
    '--kind')
        return
        ;;
    '--region')
        return
        ;;
    '--search')
        return
        ;;
    '--limit')
        return
        ;;
    '--after')
        return
        ;;
    esac
}

_networkctl_member_show() {
    repeating_flags=()
    non_repeating_flags=(--json --no-color -h --help)
    repeating_options=()
    non_repeating_options=(--socket --token-file)
    __networkctl_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--socket')
        __networkctl_add_completions -f
        return
        ;;
    '--token-file')
        __networkctl_add_completions -f
        return
        ;;
    esac
}

_networkctl_member_add() {
    repeating_flags=()
    non_repeating_flags=(--json --no-color --po-required -h --help)
    repeating_options=()
    non_repeating_options=(--socket --token-file --name --kind --tier --nation --region --website --population --budget-revenue --budget-capital --member-since --idempotency-key)
    __networkctl_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--socket')
        __networkctl_add_completions -f
        return
        ;;
    '--token-file')
        __networkctl_add_completions -f
        return
        ;;
    '--name')
        return
        ;;
    '--kind')
        return
        ;;
    '--tier')
        return
        ;;
    '--nation')
        __networkctl_add_completions -W 'england'$'\n''scotland'$'\n''wales'$'\n''northern_ireland'$'\n''outside_uk'
        return
        ;;
    '--region')
        return
        ;;
    '--website')
        return
        ;;
    '--population')
        return
        ;;
    '--budget-revenue')
        return
        ;;
    '--budget-capital')
        return
        ;;
    '--member-since')
        return
        ;;
    '--idempotency-key')
        return
        ;;
    esac
}

_networkctl_member_edit() {
    repeating_flags=()
    non_repeating_flags=(--json --no-color --po-required --no-po-required -h --help)
    repeating_options=()
    non_repeating_options=(--socket --token-file --name --kind --nation --region --website --population --budget-revenue --budget-capital --expected-version --idempotency-key)
    __networkctl_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--socket')
        __networkctl_add_completions -f
        return
        ;;
    '--token-file')
        __networkctl_add_completions -f
        return
        ;;
    '--name')
        return
        ;;
    '--kind')
        return
        ;;
    '--nation')
        __networkctl_add_completions -W 'england'$'\n''scotland'$'\n''wales'$'\n''northern_ireland'$'\n''outside_uk'
        return
        ;;
    '--region')
        return
        ;;
    '--website')
        return
        ;;
    '--population')
        return
        ;;
    '--budget-revenue')
        return
        ;;
    '--budget-capital')
        return
        ;;
    '--expected-version')
        return
        ;;
    '--idempotency-key')
        return
        ;;
    esac
}

_networkctl_member_history() {
    repeating_flags=()
    non_repeating_flags=(--json --no-color -h --help)
    repeating_options=()
    non_repeating_options=(--socket --token-file)
    __networkctl_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--socket')
        __networkctl_add_completions -f
        return
        ;;
    '--token-file')
        __networkctl_add_completions -f
        return
        ;;
    esac
}

_networkctl_member_suspend() {
    repeating_flags=()
    non_repeating_flags=(--json --no-color -h --help)
    repeating_options=()
    non_repeating_options=(--socket --token-file --expected-version --idempotency-key --reason --until)
    __networkctl_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--socket')
        __networkctl_add_completions -f
        return
        ;;
    '--token-file')
        __networkctl_add_completions -f
        return
        ;;
    '--expected-version')
        return
        ;;
    '--idempotency-key')
        return
        ;;
    '--reason')
        return
        ;;
    '--until')
        return
        ;;
    esac
}

_networkctl_member_reinstate() {
    repeating_flags=()
    non_repeating_flags=(--json --no-color -h --help)
    repeating_options=()
    non_repeating_options=(--socket --token-file --expected-version --idempotency-key --reason)
    __networkctl_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--socket')
        __networkctl_add_completions -f
        return
        ;;
    '--token-file')
        __networkctl_add_completions -f
        return
        ;;
    '--expected-version')
        return
        ;;
    '--idempotency-key')
        return
        ;;
    '--reason')
        return
        ;;
    esac
}

_networkctl_member_resign() {
    repeating_flags=()
    non_repeating_flags=(--json --no-color -h --help)
    repeating_options=()
    non_repeating_options=(--socket --token-file --expected-version --idempotency-key --reason)
    __networkctl_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--socket')
        __networkctl_add_completions -f
        return
        ;;
    '--token-file')
        __networkctl_add_completions -f
        return
        ;;
    '--expected-version')
        return
        ;;
    '--idempotency-key')
        return
        ;;
    '--reason')
        return
        ;;
    esac
}

_networkctl_member_terminate() {
    repeating_flags=()
    non_repeating_flags=(--json --no-color -h --help)
    repeating_options=()
    non_repeating_options=(--socket --token-file --expected-version --idempotency-key --reason)
    __networkctl_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--socket')
        __networkctl_add_completions -f
        return
        ;;
    '--token-file')
        __networkctl_add_completions -f
        return
        ;;
    '--expected-version')
        return
        ;;
    '--idempotency-key')
        return
        ;;
    '--reason')
        return
        ;;
    esac
}

_networkctl_member_change-tier() {
    repeating_flags=()
    non_repeating_flags=(--json --no-color --dry-run -h --help)
    repeating_options=()
    non_repeating_options=(--socket --token-file --tier --kind --effective-on --reason --expected-version --idempotency-key)
    __networkctl_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--socket')
        __networkctl_add_completions -f
        return
        ;;
    '--token-file')
        __networkctl_add_completions -f
        return
        ;;
    '--tier')
        return
        ;;
    '--kind')
        return
        ;;
    '--effective-on')
        return
        ;;
    '--reason')
        return
        ;;
    '--expected-version')
        return
        ;;
    '--idempotency-key')
        return
        ;;
    esac
}

_networkctl_member_cancel-change() {
    repeating_flags=()
    non_repeating_flags=(--json --no-color -h --help)
    repeating_options=()
    non_repeating_options=(--socket --token-file --reason --idempotency-key)
    __networkctl_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--socket')
        __networkctl_add_completions -f
        return
        ;;
    '--token-file')
        __networkctl_add_completions -f
        return
        ;;
    '--reason')
        return
        ;;
    '--idempotency-key')
        return
        ;;
    esac
}

_networkctl_application() {
    repeating_flags=()
    non_repeating_flags=(-h --help)
    repeating_options=()
    non_repeating_options=()
    __networkctl_offer_flags_options 0

    # Offer subcommand / subcommand argument completions
    local -r subcommand="${unparsed_words[0]}"
    unset 'unparsed_words[0]'
    unparsed_words=("${unparsed_words[@]}")
    case "${subcommand}" in
    submit|list|show|recommend|approve|reject)
        # Offer subcommand argument completions
        "_networkctl_application_${subcommand}"
        ;;
    *)
        # Offer subcommand completions
        COMPREPLY+=($(compgen -W 'submit list show recommend approve reject' -- "${cur}"))
        ;;
    esac
}

_networkctl_application_submit() {
    repeating_flags=()
    non_repeating_flags=(--json --no-color -h --help)
    repeating_options=()
    non_repeating_options=(--socket --token-file --name --kind --tier --nation --region --website --population --budget-revenue --budget-capital --statement --statement-file --idempotency-key)
    __networkctl_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--socket')
        __networkctl_add_completions -f
        return
        ;;
    '--token-file')
        __networkctl_add_completions -f
        return
        ;;
    '--name')
        return
        ;;
    '--kind')
        return
        ;;
    '--tier')
        return
        ;;
    '--nation')
        __networkctl_add_completions -W 'england'$'\n''scotland'$'\n''wales'$'\n''northern_ireland'$'\n''outside_uk'
        return
        ;;
    '--region')
        return
        ;;
    '--website')
        return
        ;;
    '--population')
        return
        ;;
    '--budget-revenue')
        return
        ;;
    '--budget-capital')
        return
        ;;
    '--statement')
        return
        ;;
    '--statement-file')
        __networkctl_add_completions -f
        return
        ;;
    '--idempotency-key')
        return
        ;;
    esac
}

_networkctl_application_list() {
    repeating_flags=()
    non_repeating_flags=(--json --no-color -h --help)
    repeating_options=()
    non_repeating_options=(--socket --token-file --status --limit --after)
    __networkctl_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--socket')
        __networkctl_add_completions -f
        return
        ;;
    '--token-file')
        __networkctl_add_completions -f
        return
        ;;
    '--status')
        return
        ;;
    '--limit')
        return
        ;;
    '--after')
        return
        ;;
    esac
}

_networkctl_application_show() {
    repeating_flags=()
    non_repeating_flags=(--json --no-color -h --help)
    repeating_options=()
    non_repeating_options=(--socket --token-file)
    __networkctl_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--socket')
        __networkctl_add_completions -f
        return
        ;;
    '--token-file')
        __networkctl_add_completions -f
        return
        ;;
    esac
}

_networkctl_application_recommend() {
    repeating_flags=()
    non_repeating_flags=(--json --no-color --approve --reject -h --help)
    repeating_options=()
    non_repeating_options=(--socket --token-file --note --expected-version --idempotency-key)
    __networkctl_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--socket')
        __networkctl_add_completions -f
        return
        ;;
    '--token-file')
        __networkctl_add_completions -f
        return
        ;;
    '--note')
        return
        ;;
    '--expected-version')
        return
        ;;
    '--idempotency-key')
        return
        ;;
    esac
}

_networkctl_application_approve() {
    repeating_flags=()
    non_repeating_flags=(--json --no-color -h --help)
    repeating_options=()
    non_repeating_options=(--socket --token-file --starts-on --expected-version --idempotency-key)
    __networkctl_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--socket')
        __networkctl_add_completions -f
        return
        ;;
    '--token-file')
        __networkctl_add_completions -f
        return
        ;;
    '--starts-on')
        return
        ;;
    '--expected-version')
        return
        ;;
    '--idempotency-key')
        return
        ;;
    esac
}

_networkctl_application_reject() {
    repeating_flags=()
    non_repeating_flags=(--json --no-color -h --help)
    repeating_options=()
    non_repeating_options=(--socket --token-file --reason --expected-version --idempotency-key)
    __networkctl_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--socket')
        __networkctl_add_completions -f
        return
        ;;
    '--token-file')
        __networkctl_add_completions -f
        return
        ;;
    '--reason')
        return
        ;;
    '--expected-version')
        return
        ;;
    '--idempotency-key')
        return
        ;;
    esac
}

_networkctl_contact() {
    repeating_flags=()
    non_repeating_flags=(-h --help)
    repeating_options=()
    non_repeating_options=()
    __networkctl_offer_flags_options 0

    # Offer subcommand / subcommand argument completions
    local -r subcommand="${unparsed_words[0]}"
    unset 'unparsed_words[0]'
    unparsed_words=("${unparsed_words[@]}")
    case "${subcommand}" in
    list|show|add|edit|remove|export|erase)
        # Offer subcommand argument completions
        "_networkctl_contact_${subcommand}"
        ;;
    *)
        # Offer subcommand completions
        COMPREPLY+=($(compgen -W 'list show add edit remove export erase' -- "${cur}"))
        ;;
    esac
}

_networkctl_contact_list() {
    repeating_flags=()
    non_repeating_flags=(--json --no-color -h --help)
    repeating_options=()
    non_repeating_options=(--socket --token-file)
    __networkctl_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--socket')
        __networkctl_add_completions -f
        return
        ;;
    '--token-file')
        __networkctl_add_completions -f
        return
        ;;
    esac
}

_networkctl_contact_show() {
    repeating_flags=()
    non_repeating_flags=(--json --no-color -h --help)
    repeating_options=()
    non_repeating_options=(--socket --token-file)
    __networkctl_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--socket')
        __networkctl_add_completions -f
        return
        ;;
    '--token-file')
        __networkctl_add_completions -f
        return
        ;;
    esac
}

_networkctl_contact_add() {
    repeating_flags=()
    non_repeating_flags=(--json --no-color -h --help)
    repeating_options=(--role --primary)
    non_repeating_options=(--socket --token-file --name --email --phone --job-title --idempotency-key)
    __networkctl_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--socket')
        __networkctl_add_completions -f
        return
        ;;
    '--token-file')
        __networkctl_add_completions -f
        return
        ;;
    '--name')
        return
        ;;
    '--email')
        return
        ;;
    '--phone')
        return
        ;;
    '--job-title')
        return
        ;;
    '--role')
        __networkctl_add_completions -W 'lead_member'$'\n''lead_officer'$'\n''finance'$'\n''events'
        return
        ;;
    '--primary')
        __networkctl_add_completions -W 'lead_member'$'\n''lead_officer'$'\n''finance'$'\n''events'
        return
        ;;
    '--idempotency-key')
        return
        ;;
    esac
}

_networkctl_contact_edit() {
    repeating_flags=()
    non_repeating_flags=(--json --no-color --no-roles -h --help)
    repeating_options=(--role --primary)
    non_repeating_options=(--socket --token-file --name --email --phone --job-title --expected-version --idempotency-key)
    __networkctl_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--socket')
        __networkctl_add_completions -f
        return
        ;;
    '--token-file')
        __networkctl_add_completions -f
        return
        ;;
    '--name')
        return
        ;;
    '--email')
        return
        ;;
    '--phone')
        return
        ;;
    '--job-title')
        return
        ;;
    '--role')
        __networkctl_add_completions -W 'lead_member'$'\n''lead_officer'$'\n''finance'$'\n''events'
        return
        ;;
    '--primary')
        __networkctl_add_completions -W 'lead_member'$'\n''lead_officer'$'\n''finance'$'\n''events'
        return
        ;;
    '--expected-version')
        return
        ;;
    '--idempotency-key')
        return
        ;;
    esac
}

_networkctl_contact_remove() {
    repeating_flags=()
    non_repeating_flags=(--json --no-color -h --help)
    repeating_options=()
    non_repeating_options=(--socket --token-file --expected-version --idempotency-key)
    __networkctl_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--socket')
        __networkctl_add_completions -f
        return
        ;;
    '--token-file')
        __networkctl_add_completions -f
        return
        ;;
    '--expected-version')
        return
        ;;
    '--idempotency-key')
        return
        ;;
    esac
}

_networkctl_contact_export() {
    repeating_flags=()
    non_repeating_flags=(--json --no-color -h --help)
    repeating_options=()
    non_repeating_options=(--socket --token-file)
    __networkctl_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--socket')
        __networkctl_add_completions -f
        return
        ;;
    '--token-file')
        __networkctl_add_completions -f
        return
        ;;
    esac
}

_networkctl_contact_erase() {
    repeating_flags=()
    non_repeating_flags=(--json --no-color --yes -h --help)
    repeating_options=()
    non_repeating_options=(--socket --token-file --idempotency-key)
    __networkctl_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--socket')
        __networkctl_add_completions -f
        return
        ;;
    '--token-file')
        __networkctl_add_completions -f
        return
        ;;
    '--idempotency-key')
        return
        ;;
    esac
}

_networkctl_token() {
    repeating_flags=()
    non_repeating_flags=(-h --help)
    repeating_options=()
    non_repeating_options=()
    __networkctl_offer_flags_options 0

    # Offer subcommand / subcommand argument completions
    local -r subcommand="${unparsed_words[0]}"
    unset 'unparsed_words[0]'
    unparsed_words=("${unparsed_words[@]}")
    case "${subcommand}" in
    issue|list|revoke)
        # Offer subcommand argument completions
        "_networkctl_token_${subcommand}"
        ;;
    *)
        # Offer subcommand completions
        COMPREPLY+=($(compgen -W 'issue list revoke' -- "${cur}"))
        ;;
    esac
}

_networkctl_token_issue() {
    repeating_flags=()
    non_repeating_flags=(--json --no-color -h --help)
    repeating_options=()
    non_repeating_options=(--socket --token-file --expires-in-days --idempotency-key)
    __networkctl_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--socket')
        __networkctl_add_completions -f
        return
        ;;
    '--token-file')
        __networkctl_add_completions -f
        return
        ;;
    '--expires-in-days')
        return
        ;;
    '--idempotency-key')
        return
        ;;
    esac
}

_networkctl_token_list() {
    repeating_flags=()
    non_repeating_flags=(--json --no-color --all -h --help)
    repeating_options=()
    non_repeating_options=(--socket --token-file --member --contact)
    __networkctl_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--socket')
        __networkctl_add_completions -f
        return
        ;;
    '--token-file')
        __networkctl_add_completions -f
        return
        ;;
    '--member')
        return
        ;;
    '--contact')
        return
        ;;
    esac
}

_networkctl_token_revoke() {
    repeating_flags=()
    non_repeating_flags=(--json --no-color -h --help)
    repeating_options=()
    non_repeating_options=(--socket --token-file --idempotency-key)
    __networkctl_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--socket')
        __networkctl_add_completions -f
        return
        ;;
    '--token-file')
        __networkctl_add_completions -f
        return
        ;;
    '--idempotency-key')
        return
        ;;
    esac
}

_networkctl_tier() {
    repeating_flags=()
    non_repeating_flags=(-h --help)
    repeating_options=()
    non_repeating_options=()
    __networkctl_offer_flags_options 0

    # Offer subcommand / subcommand argument completions
    local -r subcommand="${unparsed_words[0]}"
    unset 'unparsed_words[0]'
    unparsed_words=("${unparsed_words[@]}")
    case "${subcommand}" in
    list|show)
        # Offer subcommand argument completions
        "_networkctl_tier_${subcommand}"
        ;;
    *)
        # Offer subcommand completions
        COMPREPLY+=($(compgen -W 'list show' -- "${cur}"))
        ;;
    esac
}

_networkctl_tier_list() {
    repeating_flags=()
    non_repeating_flags=(--json --no-color -h --help)
    repeating_options=()
    non_repeating_options=(--socket --token-file)
    __networkctl_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--socket')
        __networkctl_add_completions -f
        return
        ;;
    '--token-file')
        __networkctl_add_completions -f
        return
        ;;
    esac
}

_networkctl_tier_show() {
    repeating_flags=()
    non_repeating_flags=(--json --no-color -h --help)
    repeating_options=()
    non_repeating_options=(--socket --token-file)
    __networkctl_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--socket')
        __networkctl_add_completions -f
        return
        ;;
    '--token-file')
        __networkctl_add_completions -f
        return
        ;;
    esac
}

_networkctl_year() {
    repeating_flags=()
    non_repeating_flags=(-h --help)
    repeating_options=()
    non_repeating_options=()
    __networkctl_offer_flags_options 0

    # Offer subcommand / subcommand argument completions
    local -r subcommand="${unparsed_words[0]}"
    unset 'unparsed_words[0]'
    unparsed_words=("${unparsed_words[@]}")
    case "${subcommand}" in
    list|show|open|periods)
        # Offer subcommand argument completions
        "_networkctl_year_${subcommand}"
        ;;
    *)
        # Offer subcommand completions
        COMPREPLY+=($(compgen -W 'list show open periods' -- "${cur}"))
        ;;
    esac
}

_networkctl_year_list() {
    repeating_flags=()
    non_repeating_flags=(--json --no-color -h --help)
    repeating_options=()
    non_repeating_options=(--socket --token-file)
    __networkctl_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--socket')
        __networkctl_add_completions -f
        return
        ;;
    '--token-file')
        __networkctl_add_completions -f
        return
        ;;
    esac
}

_networkctl_year_show() {
    repeating_flags=()
    non_repeating_flags=(--json --no-color -h --help)
    repeating_options=()
    non_repeating_options=(--socket --token-file)
    __networkctl_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--socket')
        __networkctl_add_completions -f
        return
        ;;
    '--token-file')
        __networkctl_add_completions -f
        return
        ;;
    esac
}

_networkctl_year_open() {
    repeating_flags=()
    non_repeating_flags=(--json --no-color -h --help)
    repeating_options=()
    non_repeating_options=(--socket --token-file --invoice-date --terms --idempotency-key)
    __networkctl_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--socket')
        __networkctl_add_completions -f
        return
        ;;
    '--token-file')
        __networkctl_add_completions -f
        return
        ;;
    '--invoice-date')
        return
        ;;
    '--terms')
        return
        ;;
    '--idempotency-key')
        return
        ;;
    esac
}

_networkctl_year_periods() {
    repeating_flags=()
    non_repeating_flags=(--json --no-color -h --help)
    repeating_options=()
    non_repeating_options=(--socket --token-file --member --year)
    __networkctl_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--socket')
        __networkctl_add_completions -f
        return
        ;;
    '--token-file')
        __networkctl_add_completions -f
        return
        ;;
    '--member')
        return
        ;;
    '--year')
        return
        ;;
    esac
}

_networkctl_billing() {
    repeating_flags=()
    non_repeating_flags=(-h --help)
    repeating_options=()
    non_repeating_options=()
    __networkctl_offer_flags_options 0

    # Offer subcommand / subcommand argument completions
    local -r subcommand="${unparsed_words[0]}"
    unset 'unparsed_words[0]'
    unparsed_words=("${unparsed_words[@]}")
    case "${subcommand}" in
    show|set|payer|set-payer|figures|set-figures)
        # Offer subcommand argument completions
        "_networkctl_billing_${subcommand}"
        ;;
    *)
        # Offer subcommand completions
        COMPREPLY+=($(compgen -W 'show set payer set-payer figures set-figures' -- "${cur}"))
        ;;
    esac
}

_networkctl_billing_show() {
    repeating_flags=()
    non_repeating_flags=(--json --no-color -h --help)
    repeating_options=()
    non_repeating_options=(--socket --token-file)
    __networkctl_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--socket')
        __networkctl_add_completions -f
        return
        ;;
    '--token-file')
        __networkctl_add_completions -f
        return
        ;;
    esac
}

_networkctl_billing_set() {
    repeating_flags=()
    non_repeating_flags=(--json --no-color -h --help)
    repeating_options=()
    non_repeating_options=(--socket --token-file --address --email --vat-number --payment-details --invoice-month --terms --apply-credit-at-issue --expected-version --idempotency-key)
    __networkctl_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--socket')
        __networkctl_add_completions -f
        return
        ;;
    '--token-file')
        __networkctl_add_completions -f
        return
        ;;
    '--address')
        return
        ;;
    '--email')
        return
        ;;
    '--vat-number')
        return
        ;;
    '--payment-details')
        return
        ;;
    '--invoice-month')
        return
        ;;
    '--terms')
        return
        ;;
    '--apply-credit-at-issue')
        return
        ;;
    '--expected-version')
        return
        ;;
    '--idempotency-key')
        return
        ;;
    esac
}

_networkctl_billing_payer() {
    repeating_flags=()
    non_repeating_flags=(--json --no-color -h --help)
    repeating_options=()
    non_repeating_options=(--socket --token-file)
    __networkctl_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--socket')
        __networkctl_add_completions -f
        return
        ;;
    '--token-file')
        __networkctl_add_completions -f
        return
        ;;
    esac
}

_networkctl_billing_set-payer() {
    repeating_flags=()
    non_repeating_flags=(--json --no-color -h --help)
    repeating_options=()
    non_repeating_options=(--socket --token-file --name --address --contact --expected-version --idempotency-key)
    __networkctl_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--socket')
        __networkctl_add_completions -f
        return
        ;;
    '--token-file')
        __networkctl_add_completions -f
        return
        ;;
    '--name')
        return
        ;;
    '--address')
        return
        ;;
    '--contact')
        return
        ;;
    '--expected-version')
        return
        ;;
    '--idempotency-key')
        return
        ;;
    esac
}

_networkctl_billing_figures() {
    repeating_flags=()
    non_repeating_flags=(--json --no-color -h --help)
    repeating_options=()
    non_repeating_options=(--socket --token-file)
    __networkctl_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--socket')
        __networkctl_add_completions -f
        return
        ;;
    '--token-file')
        __networkctl_add_completions -f
        return
        ;;
    esac
}

_networkctl_billing_set-figures() {
    repeating_flags=()
    non_repeating_flags=(--json --no-color -h --help)
    repeating_options=()
    non_repeating_options=(--socket --token-file --year --population --revenue --capital --expected-version --idempotency-key)
    __networkctl_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--socket')
        __networkctl_add_completions -f
        return
        ;;
    '--token-file')
        __networkctl_add_completions -f
        return
        ;;
    '--year')
        return
        ;;
    '--population')
        return
        ;;
    '--revenue')
        return
        ;;
    '--capital')
        return
        ;;
    '--expected-version')
        return
        ;;
    '--idempotency-key')
        return
        ;;
    esac
}

_networkctl_fees() {
    repeating_flags=()
    non_repeating_flags=(-h --help)
    repeating_options=()
    non_repeating_options=()
    __networkctl_offer_flags_options 0

    # Offer subcommand / subcommand argument completions
    local -r subcommand="${unparsed_words[0]}"
    unset 'unparsed_words[0]'
    unparsed_words=("${unparsed_words[@]}")
    case "${subcommand}" in
    show|set|quote)
        # Offer subcommand argument completions
        "_networkctl_fees_${subcommand}"
        ;;
    *)
        # Offer subcommand completions
        COMPREPLY+=($(compgen -W 'show set quote' -- "${cur}"))
        ;;
    esac
}

_networkctl_fees_show() {
    repeating_flags=()
    non_repeating_flags=(--json --no-color -h --help)
    repeating_options=()
    non_repeating_options=(--socket --token-file)
    __networkctl_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--socket')
        __networkctl_add_completions -f
        return
        ;;
    '--token-file')
        __networkctl_add_completions -f
        return
        ;;
    esac
}

_networkctl_fees_set() {
    repeating_flags=()
    non_repeating_flags=(--json --no-color -h --help)
    repeating_options=()
    non_repeating_options=(--socket --token-file --file --expected-version --idempotency-key)
    __networkctl_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--socket')
        __networkctl_add_completions -f
        return
        ;;
    '--token-file')
        __networkctl_add_completions -f
        return
        ;;
    '--file')
        return
        ;;
    '--expected-version')
        return
        ;;
    '--idempotency-key')
        return
        ;;
    esac
}

_networkctl_fees_quote() {
    repeating_flags=()
    non_repeating_flags=(--json --no-color -h --help)
    repeating_options=()
    non_repeating_options=(--socket --token-file --year --starts-on)
    __networkctl_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--socket')
        __networkctl_add_completions -f
        return
        ;;
    '--token-file')
        __networkctl_add_completions -f
        return
        ;;
    '--year')
        return
        ;;
    '--starts-on')
        return
        ;;
    esac
}

_networkctl_invoice() {
    repeating_flags=()
    non_repeating_flags=(-h --help)
    repeating_options=()
    non_repeating_options=()
    __networkctl_offer_flags_options 0

    # Offer subcommand / subcommand argument completions
    local -r subcommand="${unparsed_words[0]}"
    unset 'unparsed_words[0]'
    unparsed_words=("${unparsed_words[@]}")
    case "${subcommand}" in
    list|show|create|issue|po|cancel|pdf)
        # Offer subcommand argument completions
        "_networkctl_invoice_${subcommand}"
        ;;
    *)
        # Offer subcommand completions
        COMPREPLY+=($(compgen -W 'list show create issue po cancel pdf' -- "${cur}"))
        ;;
    esac
}

_networkctl_invoice_list() {
    repeating_flags=()
    non_repeating_flags=(--json --no-color --overdue -h --help)
    repeating_options=()
    non_repeating_options=(--socket --token-file --status --year --member --limit --after)
    __networkctl_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--socket')
        __networkctl_add_completions -f
        return
        ;;
    '--token-file')
        __networkctl_add_completions -f
        return
        ;;
    '--status')
        return
        ;;
    '--year')
        return
        ;;
    '--member')
        return
        ;;
    '--limit')
        return
        ;;
    '--after')
        return
        ;;
    esac
}

_networkctl_invoice_show() {
    repeating_flags=()
    non_repeating_flags=(--json --no-color -h --help)
    repeating_options=()
    non_repeating_options=(--socket --token-file)
    __networkctl_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--socket')
        __networkctl_add_completions -f
        return
        ;;
    '--token-file')
        __networkctl_add_completions -f
        return
        ;;
    esac
}

_networkctl_invoice_create() {
    repeating_flags=()
    non_repeating_flags=(--json --no-color --subscription -h --help)
    repeating_options=(--line)
    non_repeating_options=(--socket --token-file --year --idempotency-key)
    __networkctl_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--socket')
        __networkctl_add_completions -f
        return
        ;;
    '--token-file')
        __networkctl_add_completions -f
        return
        ;;
    '--year')
        return
        ;;
    '--line')
        return
        ;;
    '--idempotency-key')
        return
        ;;
    esac
}

_networkctl_invoice_issue() {
    repeating_flags=()
    non_repeating_flags=(--json --no-color -h --help)
    repeating_options=()
    non_repeating_options=(--socket --token-file --expected-version --idempotency-key)
    __networkctl_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--socket')
        __networkctl_add_completions -f
        return
        ;;
    '--token-file')
        __networkctl_add_completions -f
        return
        ;;
    '--expected-version')
        return
        ;;
    '--idempotency-key')
        return
        ;;
    esac
}

_networkctl_invoice_po() {
    repeating_flags=()
    non_repeating_flags=(--json --no-color -h --help)
    repeating_options=()
    non_repeating_options=(--socket --token-file --expected-version --idempotency-key)
    __networkctl_offer_flags_options 2

    # Offer option value completions
    case "${prev}" in
    '--socket')
        __networkctl_add_completions -f
        return
        ;;
    '--token-file')
        __networkctl_add_completions -f
        return
        ;;
    '--expected-version')
        return
        ;;
    '--idempotency-key')
        return
        ;;
    esac
}

_networkctl_invoice_cancel() {
    repeating_flags=()
    non_repeating_flags=(--json --no-color -h --help)
    repeating_options=()
    non_repeating_options=(--socket --token-file --reason --expected-version --idempotency-key)
    __networkctl_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--socket')
        __networkctl_add_completions -f
        return
        ;;
    '--token-file')
        __networkctl_add_completions -f
        return
        ;;
    '--reason')
        return
        ;;
    '--expected-version')
        return
        ;;
    '--idempotency-key')
        return
        ;;
    esac
}

_networkctl_invoice_pdf() {
    repeating_flags=()
    non_repeating_flags=(--json --no-color --html -h --help)
    repeating_options=()
    non_repeating_options=(--socket --token-file -o --output --credit-note)
    __networkctl_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--socket')
        __networkctl_add_completions -f
        return
        ;;
    '--token-file')
        __networkctl_add_completions -f
        return
        ;;
    '-o'|'--output')
        return
        ;;
    '--credit-note')
        return
        ;;
    esac
}

_networkctl_payment() {
    repeating_flags=()
    non_repeating_flags=(-h --help)
    repeating_options=()
    non_repeating_options=()
    __networkctl_offer_flags_options 0

    # Offer subcommand / subcommand argument completions
    local -r subcommand="${unparsed_words[0]}"
    unset 'unparsed_words[0]'
    unparsed_words=("${unparsed_words[@]}")
    case "${subcommand}" in
    record|list|void)
        # Offer subcommand argument completions
        "_networkctl_payment_${subcommand}"
        ;;
    *)
        # Offer subcommand completions
        COMPREPLY+=($(compgen -W 'record list void' -- "${cur}"))
        ;;
    esac
}

_networkctl_payment_record() {
    repeating_flags=()
    non_repeating_flags=(--json --no-color -h --help)
    repeating_options=()
    non_repeating_options=(--socket --token-file --method --paid-on --reference --idempotency-key)
    __networkctl_offer_flags_options 2

    # Offer option value completions
    case "${prev}" in
    '--socket')
        __networkctl_add_completions -f
        return
        ;;
    '--token-file')
        __networkctl_add_completions -f
        return
        ;;
    '--method')
        return
        ;;
    '--paid-on')
        return
        ;;
    '--reference')
        return
        ;;
    '--idempotency-key')
        return
        ;;
    esac
}

_networkctl_payment_list() {
    repeating_flags=()
    non_repeating_flags=(--json --no-color -h --help)
    repeating_options=()
    non_repeating_options=(--socket --token-file --invoice --member --limit)
    __networkctl_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--socket')
        __networkctl_add_completions -f
        return
        ;;
    '--token-file')
        __networkctl_add_completions -f
        return
        ;;
    '--invoice')
        return
        ;;
    '--member')
        return
        ;;
    '--limit')
        return
        ;;
    esac
}

_networkctl_payment_void() {
    repeating_flags=()
    non_repeating_flags=(--json --no-color -h --help)
    repeating_options=()
    non_repeating_options=(--socket --token-file --reason --idempotency-key)
    __networkctl_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--socket')
        __networkctl_add_completions -f
        return
        ;;
    '--token-file')
        __networkctl_add_completions -f
        return
        ;;
    '--reason')
        return
        ;;
    '--idempotency-key')
        return
        ;;
    esac
}

_networkctl_credit() {
    repeating_flags=()
    non_repeating_flags=(-h --help)
    repeating_options=()
    non_repeating_options=()
    __networkctl_offer_flags_options 0

    # Offer subcommand / subcommand argument completions
    local -r subcommand="${unparsed_words[0]}"
    unset 'unparsed_words[0]'
    unparsed_words=("${unparsed_words[@]}")
    case "${subcommand}" in
    show|apply)
        # Offer subcommand argument completions
        "_networkctl_credit_${subcommand}"
        ;;
    *)
        # Offer subcommand completions
        COMPREPLY+=($(compgen -W 'show apply' -- "${cur}"))
        ;;
    esac
}

_networkctl_credit_show() {
    repeating_flags=()
    non_repeating_flags=(--json --no-color -h --help)
    repeating_options=()
    non_repeating_options=(--socket --token-file)
    __networkctl_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--socket')
        __networkctl_add_completions -f
        return
        ;;
    '--token-file')
        __networkctl_add_completions -f
        return
        ;;
    esac
}

_networkctl_credit_apply() {
    repeating_flags=()
    non_repeating_flags=(--json --no-color -h --help)
    repeating_options=()
    non_repeating_options=(--socket --token-file --amount --idempotency-key)
    __networkctl_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--socket')
        __networkctl_add_completions -f
        return
        ;;
    '--token-file')
        __networkctl_add_completions -f
        return
        ;;
    '--amount')
        return
        ;;
    '--idempotency-key')
        return
        ;;
    esac
}

_networkctl_report() {
    repeating_flags=()
    non_repeating_flags=(-h --help)
    repeating_options=()
    non_repeating_options=()
    __networkctl_offer_flags_options 0

    # Offer subcommand / subcommand argument completions
    local -r subcommand="${unparsed_words[0]}"
    unset 'unparsed_words[0]'
    unparsed_words=("${unparsed_words[@]}")
    case "${subcommand}" in
    income|aged-debt|arrears)
        # Offer subcommand argument completions
        "_networkctl_report_${subcommand}"
        ;;
    *)
        # Offer subcommand completions
        COMPREPLY+=($(compgen -W 'income aged-debt arrears' -- "${cur}"))
        ;;
    esac
}

_networkctl_report_income() {
    repeating_flags=()
    non_repeating_flags=(--json --no-color --csv -h --help)
    repeating_options=()
    non_repeating_options=(--socket --token-file --year)
    __networkctl_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--socket')
        __networkctl_add_completions -f
        return
        ;;
    '--token-file')
        __networkctl_add_completions -f
        return
        ;;
    '--year')
        return
        ;;
    esac
}

_networkctl_report_aged-debt() {
    repeating_flags=()
    non_repeating_flags=(--json --no-color --csv -h --help)
    repeating_options=()
    non_repeating_options=(--socket --token-file --as-of)
    __networkctl_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--socket')
        __networkctl_add_completions -f
        return
        ;;
    '--token-file')
        __networkctl_add_completions -f
        return
        ;;
    '--as-of')
        return
        ;;
    esac
}

_networkctl_report_arrears() {
    repeating_flags=()
    non_repeating_flags=(--json --no-color --csv -h --help)
    repeating_options=()
    non_repeating_options=(--socket --token-file --as-of)
    __networkctl_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--socket')
        __networkctl_add_completions -f
        return
        ;;
    '--token-file')
        __networkctl_add_completions -f
        return
        ;;
    '--as-of')
        return
        ;;
    esac
}

_networkctl_job() {
    repeating_flags=()
    non_repeating_flags=(-h --help)
    repeating_options=()
    non_repeating_options=()
    __networkctl_offer_flags_options 0

    # Offer subcommand / subcommand argument completions
    local -r subcommand="${unparsed_words[0]}"
    unset 'unparsed_words[0]'
    unparsed_words=("${unparsed_words[@]}")
    case "${subcommand}" in
    list|run|history)
        # Offer subcommand argument completions
        "_networkctl_job_${subcommand}"
        ;;
    *)
        # Offer subcommand completions
        COMPREPLY+=($(compgen -W 'list run history' -- "${cur}"))
        ;;
    esac
}

_networkctl_job_list() {
    repeating_flags=()
    non_repeating_flags=(--json --no-color -h --help)
    repeating_options=()
    non_repeating_options=(--socket --token-file)
    __networkctl_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--socket')
        __networkctl_add_completions -f
        return
        ;;
    '--token-file')
        __networkctl_add_completions -f
        return
        ;;
    esac
}

_networkctl_job_run() {
    repeating_flags=()
    non_repeating_flags=(--json --no-color --dry-run -h --help)
    repeating_options=()
    non_repeating_options=(--socket --token-file --year)
    __networkctl_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--socket')
        __networkctl_add_completions -f
        return
        ;;
    '--token-file')
        __networkctl_add_completions -f
        return
        ;;
    '--year')
        return
        ;;
    esac

    # Offer positional completions
    case "${positional_number}" in
    1)
        __networkctl_add_completions -W 'changes'$'\n''renewal'$'\n''reminders'$'\n''lapse'
        return
        ;;
    esac
}

_networkctl_job_history() {
    repeating_flags=()
    non_repeating_flags=(--json --no-color -h --help)
    repeating_options=()
    non_repeating_options=(--socket --token-file --job --limit --before)
    __networkctl_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--socket')
        __networkctl_add_completions -f
        return
        ;;
    '--token-file')
        __networkctl_add_completions -f
        return
        ;;
    '--job')
        __networkctl_add_completions -W 'changes'$'\n''renewal'$'\n''reminders'$'\n''lapse'
        return
        ;;
    '--limit')
        return
        ;;
    '--before')
        return
        ;;
    esac
}

_networkctl_renewal() {
    repeating_flags=()
    non_repeating_flags=(-h --help)
    repeating_options=()
    non_repeating_options=()
    __networkctl_offer_flags_options 0

    # Offer subcommand / subcommand argument completions
    local -r subcommand="${unparsed_words[0]}"
    unset 'unparsed_words[0]'
    unparsed_words=("${unparsed_words[@]}")
    case "${subcommand}" in
    preview|run)
        # Offer subcommand argument completions
        "_networkctl_renewal_${subcommand}"
        ;;
    *)
        # Offer subcommand completions
        COMPREPLY+=($(compgen -W 'preview run' -- "${cur}"))
        ;;
    esac
}

_networkctl_renewal_preview() {
    repeating_flags=()
    non_repeating_flags=(--json --no-color -h --help)
    repeating_options=()
    non_repeating_options=(--socket --token-file --limit)
    __networkctl_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--socket')
        __networkctl_add_completions -f
        return
        ;;
    '--token-file')
        __networkctl_add_completions -f
        return
        ;;
    '--limit')
        return
        ;;
    esac
}

_networkctl_renewal_run() {
    repeating_flags=()
    non_repeating_flags=(--json --no-color -h --help)
    repeating_options=()
    non_repeating_options=(--socket --token-file)
    __networkctl_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--socket')
        __networkctl_add_completions -f
        return
        ;;
    '--token-file')
        __networkctl_add_completions -f
        return
        ;;
    esac
}

_networkctl_outbox() {
    repeating_flags=()
    non_repeating_flags=(-h --help)
    repeating_options=()
    non_repeating_options=()
    __networkctl_offer_flags_options 0

    # Offer subcommand / subcommand argument completions
    local -r subcommand="${unparsed_words[0]}"
    unset 'unparsed_words[0]'
    unparsed_words=("${unparsed_words[@]}")
    case "${subcommand}" in
    list|show|retry)
        # Offer subcommand argument completions
        "_networkctl_outbox_${subcommand}"
        ;;
    *)
        # Offer subcommand completions
        COMPREPLY+=($(compgen -W 'list show retry' -- "${cur}"))
        ;;
    esac
}

_networkctl_outbox_list() {
    repeating_flags=()
    non_repeating_flags=(--json --no-color -h --help)
    repeating_options=()
    non_repeating_options=(--socket --token-file --status --member --invoice --limit --before)
    __networkctl_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--socket')
        __networkctl_add_completions -f
        return
        ;;
    '--token-file')
        __networkctl_add_completions -f
        return
        ;;
    '--status')
        __networkctl_add_completions -W 'queued'$'\n''sent'$'\n''failed'$'\n''cancelled'
        return
        ;;
    '--member')
        return
        ;;
    '--invoice')
        return
        ;;
    '--limit')
        return
        ;;
    '--before')
        return
        ;;
    esac
}

_networkctl_outbox_show() {
    repeating_flags=()
    non_repeating_flags=(--json --no-color --message -h --help)
    repeating_options=()
    non_repeating_options=(--socket --token-file)
    __networkctl_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--socket')
        __networkctl_add_completions -f
        return
        ;;
    '--token-file')
        __networkctl_add_completions -f
        return
        ;;
    esac
}

_networkctl_outbox_retry() {
    repeating_flags=()
    non_repeating_flags=(--json --no-color -h --help)
    repeating_options=()
    non_repeating_options=(--socket --token-file --idempotency-key)
    __networkctl_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--socket')
        __networkctl_add_completions -f
        return
        ;;
    '--token-file')
        __networkctl_add_completions -f
        return
        ;;
    '--idempotency-key')
        return
        ;;
    esac
}

_networkctl_methods() {
    repeating_flags=()
    non_repeating_flags=(--json --no-color -h --help)
    repeating_options=()
    non_repeating_options=(--socket --token-file)
    __networkctl_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--socket')
        __networkctl_add_completions -f
        return
        ;;
    '--token-file')
        __networkctl_add_completions -f
        return
        ;;
    esac
}

_networkctl_call() {
    repeating_flags=()
    non_repeating_flags=(--json --no-color -h --help)
    repeating_options=()
    non_repeating_options=(--socket --token-file)
    __networkctl_offer_flags_options 2

    # Offer option value completions
    case "${prev}" in
    '--socket')
        __networkctl_add_completions -f
        return
        ;;
    '--token-file')
        __networkctl_add_completions -f
        return
        ;;
    esac
}

_networkctl_help() {
    :
}

complete -o filenames -F _networkctl networkctl
