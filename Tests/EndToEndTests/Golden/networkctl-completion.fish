function __networkctl_should_offer_completions_for_flags_or_options -a expected_commands
    set -l non_repeating_flags_or_options $argv[2..]
    set -l non_repeating_flags_or_options_absent 0
    set -l positional_index 0
    set -l commands
    __networkctl_parse_tokens
    test "$commands" = "$expected_commands"; and return $non_repeating_flags_or_options_absent
end

function __networkctl_should_offer_completions_for_positional -a expected_commands positional_index_comparison expected_positional_index
    set -l non_repeating_flags_or_options
    set -l non_repeating_flags_or_options_absent 0
    set -l positional_index 0
    set -l commands
    __networkctl_parse_tokens
    test "$commands" = "$expected_commands" -a \( "$positional_index" "$positional_index_comparison" "$expected_positional_index" \)
end

function __networkctl_parse_tokens -S
    set -l unparsed_tokens (__networkctl_tokens -pc)
    switch $unparsed_tokens[1]
    case 'networkctl'
        __networkctl_parse_subcommand 0 'socket=' 'json' 'no-color' 'token-file=' 'h/help'
        switch $unparsed_tokens[1]
        case 'status'
            __networkctl_parse_subcommand -r 1 'socket=' 'json' 'no-color' 'token-file=' 'h/help'
        case 'reload'
            __networkctl_parse_subcommand 0 'socket=' 'json' 'no-color' 'token-file=' 'h/help'
        case 'audit'
            __networkctl_parse_subcommand 0 'h/help'
            switch $unparsed_tokens[1]
            case 'list'
                __networkctl_parse_subcommand 0 'socket=' 'json' 'no-color' 'token-file=' 'limit=' 'after=' 'method=' 'actor=' 'target=' 'h/help'
            case 'show'
                __networkctl_parse_subcommand 1 'socket=' 'json' 'no-color' 'token-file=' 'h/help'
            end
        case 'watch'
            __networkctl_parse_subcommand 0 'socket=' 'json' 'no-color' 'token-file=' 'area=+' 'after=' 'reconnect' 'h/help'
        case 'network'
            __networkctl_parse_subcommand 0 'h/help'
            switch $unparsed_tokens[1]
            case 'show'
                __networkctl_parse_subcommand 0 'socket=' 'json' 'no-color' 'token-file=' 'h/help'
            case 'edit'
                __networkctl_parse_subcommand 0 'socket=' 'json' 'no-color' 'token-file=' 'name=' 'short-name=' 'time-zone=' 'currency=' 'year-start-month=' 'founding-year=' 'expected-version=' 'idempotency-key=' 'h/help'
            end
        case 'member'
            __networkctl_parse_subcommand 0 'h/help'
            switch $unparsed_tokens[1]
            case 'list'
                __networkctl_parse_subcommand 0 'socket=' 'json' 'no-color' 'token-file=' 'tier=' 'status=+' 'kind=' 'region=' 'search=' 'limit=' 'after=' 'all' 'h/help'
            case 'show'
                __networkctl_parse_subcommand 1 'socket=' 'json' 'no-color' 'token-file=' 'h/help'
            case 'add'
                __networkctl_parse_subcommand 0 'socket=' 'json' 'no-color' 'token-file=' 'name=' 'kind=' 'tier=' 'nation=' 'region=' 'website=' 'population=' 'budget-revenue=' 'budget-capital=' 'member-since=' 'po-required' 'idempotency-key=' 'h/help'
            case 'edit'
                __networkctl_parse_subcommand 1 'socket=' 'json' 'no-color' 'token-file=' 'name=' 'kind=' 'nation=' 'region=' 'website=' 'population=' 'budget-revenue=' 'budget-capital=' 'po-required' 'no-po-required' 'expected-version=' 'idempotency-key=' 'h/help'
            case 'history'
                __networkctl_parse_subcommand 1 'socket=' 'json' 'no-color' 'token-file=' 'h/help'
            case 'suspend'
                __networkctl_parse_subcommand 1 'socket=' 'json' 'no-color' 'token-file=' 'expected-version=' 'idempotency-key=' 'reason=' 'until=' 'h/help'
            case 'reinstate'
                __networkctl_parse_subcommand 1 'socket=' 'json' 'no-color' 'token-file=' 'expected-version=' 'idempotency-key=' 'reason=' 'h/help'
            case 'resign'
                __networkctl_parse_subcommand 1 'socket=' 'json' 'no-color' 'token-file=' 'expected-version=' 'idempotency-key=' 'reason=' 'h/help'
            case 'terminate'
                __networkctl_parse_subcommand 1 'socket=' 'json' 'no-color' 'token-file=' 'expected-version=' 'idempotency-key=' 'reason=' 'h/help'
            case 'change-tier'
                __networkctl_parse_subcommand 1 'socket=' 'json' 'no-color' 'token-file=' 'tier=' 'kind=' 'effective-on=' 'reason=' 'dry-run' 'expected-version=' 'idempotency-key=' 'h/help'
            case 'cancel-change'
                __networkctl_parse_subcommand 1 'socket=' 'json' 'no-color' 'token-file=' 'reason=' 'idempotency-key=' 'h/help'
            end
        case 'application'
            __networkctl_parse_subcommand 0 'h/help'
            switch $unparsed_tokens[1]
            case 'submit'
                __networkctl_parse_subcommand 0 'socket=' 'json' 'no-color' 'token-file=' 'name=' 'kind=' 'tier=' 'nation=' 'region=' 'website=' 'population=' 'budget-revenue=' 'budget-capital=' 'statement=' 'statement-file=' 'idempotency-key=' 'h/help'
            case 'list'
                __networkctl_parse_subcommand 0 'socket=' 'json' 'no-color' 'token-file=' 'status=' 'limit=' 'after=' 'h/help'
            case 'show'
                __networkctl_parse_subcommand 1 'socket=' 'json' 'no-color' 'token-file=' 'h/help'
            case 'recommend'
                __networkctl_parse_subcommand 1 'socket=' 'json' 'no-color' 'token-file=' 'approve' 'reject' 'note=' 'expected-version=' 'idempotency-key=' 'h/help'
            case 'approve'
                __networkctl_parse_subcommand 1 'socket=' 'json' 'no-color' 'token-file=' 'starts-on=' 'expected-version=' 'idempotency-key=' 'h/help'
            case 'reject'
                __networkctl_parse_subcommand 1 'socket=' 'json' 'no-color' 'token-file=' 'reason=' 'expected-version=' 'idempotency-key=' 'h/help'
            end
        case 'contact'
            __networkctl_parse_subcommand 0 'h/help'
            switch $unparsed_tokens[1]
            case 'list'
                __networkctl_parse_subcommand 1 'socket=' 'json' 'no-color' 'token-file=' 'h/help'
            case 'show'
                __networkctl_parse_subcommand 1 'socket=' 'json' 'no-color' 'token-file=' 'h/help'
            case 'add'
                __networkctl_parse_subcommand 1 'socket=' 'json' 'no-color' 'token-file=' 'name=' 'email=' 'phone=' 'job-title=' 'role=+' 'primary=+' 'idempotency-key=' 'h/help'
            case 'edit'
                __networkctl_parse_subcommand 1 'socket=' 'json' 'no-color' 'token-file=' 'name=' 'email=' 'phone=' 'job-title=' 'role=+' 'primary=+' 'no-roles' 'expected-version=' 'idempotency-key=' 'h/help'
            case 'remove'
                __networkctl_parse_subcommand 1 'socket=' 'json' 'no-color' 'token-file=' 'expected-version=' 'idempotency-key=' 'h/help'
            case 'export'
                __networkctl_parse_subcommand 1 'socket=' 'json' 'no-color' 'token-file=' 'h/help'
            case 'erase'
                __networkctl_parse_subcommand 1 'socket=' 'json' 'no-color' 'token-file=' 'yes' 'idempotency-key=' 'h/help'
            end
        case 'token'
            __networkctl_parse_subcommand 0 'h/help'
            switch $unparsed_tokens[1]
            case 'issue'
                __networkctl_parse_subcommand 1 'socket=' 'json' 'no-color' 'token-file=' 'expires-in-days=' 'idempotency-key=' 'h/help'
            case 'list'
                __networkctl_parse_subcommand 0 'socket=' 'json' 'no-color' 'token-file=' 'member=' 'contact=' 'all' 'h/help'
            case 'revoke'
                __networkctl_parse_subcommand 1 'socket=' 'json' 'no-color' 'token-file=' 'idempotency-key=' 'h/help'
            end
        case 'tier'
            __networkctl_parse_subcommand 0 'h/help'
            switch $unparsed_tokens[1]
            case 'list'
                __networkctl_parse_subcommand 0 'socket=' 'json' 'no-color' 'token-file=' 'h/help'
            case 'show'
                __networkctl_parse_subcommand 1 'socket=' 'json' 'no-color' 'token-file=' 'h/help'
            end
        case 'year'
            __networkctl_parse_subcommand 0 'h/help'
            switch $unparsed_tokens[1]
            case 'list'
                __networkctl_parse_subcommand 0 'socket=' 'json' 'no-color' 'token-file=' 'h/help'
            case 'show'
                __networkctl_parse_subcommand 1 'socket=' 'json' 'no-color' 'token-file=' 'h/help'
            case 'open'
                __networkctl_parse_subcommand 1 'socket=' 'json' 'no-color' 'token-file=' 'invoice-date=' 'terms=' 'idempotency-key=' 'h/help'
            case 'periods'
                __networkctl_parse_subcommand 0 'socket=' 'json' 'no-color' 'token-file=' 'member=' 'year=' 'h/help'
            end
        case 'billing'
            __networkctl_parse_subcommand 0 'h/help'
            switch $unparsed_tokens[1]
            case 'show'
                __networkctl_parse_subcommand 0 'socket=' 'json' 'no-color' 'token-file=' 'h/help'
            case 'set'
                __networkctl_parse_subcommand 0 'socket=' 'json' 'no-color' 'token-file=' 'address=' 'email=' 'vat-number=' 'payment-details=' 'invoice-month=' 'terms=' 'apply-credit-at-issue=' 'expected-version=' 'idempotency-key=' 'h/help'
            case 'payer'
                __networkctl_parse_subcommand 1 'socket=' 'json' 'no-color' 'token-file=' 'h/help'
            case 'set-payer'
                __networkctl_parse_subcommand 1 'socket=' 'json' 'no-color' 'token-file=' 'name=' 'address=' 'contact=' 'expected-version=' 'idempotency-key=' 'h/help'
            case 'figures'
                __networkctl_parse_subcommand 1 'socket=' 'json' 'no-color' 'token-file=' 'h/help'
            case 'set-figures'
                __networkctl_parse_subcommand 1 'socket=' 'json' 'no-color' 'token-file=' 'year=' 'population=' 'revenue=' 'capital=' 'expected-version=' 'idempotency-key=' 'h/help'
            end
        case 'fees'
            __networkctl_parse_subcommand 0 'h/help'
            switch $unparsed_tokens[1]
            case 'show'
                __networkctl_parse_subcommand 1 'socket=' 'json' 'no-color' 'token-file=' 'h/help'
            case 'set'
                __networkctl_parse_subcommand 1 'socket=' 'json' 'no-color' 'token-file=' 'file=' 'expected-version=' 'idempotency-key=' 'h/help'
            case 'quote'
                __networkctl_parse_subcommand 1 'socket=' 'json' 'no-color' 'token-file=' 'year=' 'starts-on=' 'h/help'
            end
        case 'invoice'
            __networkctl_parse_subcommand 0 'h/help'
            switch $unparsed_tokens[1]
            case 'list'
                __networkctl_parse_subcommand 0 'socket=' 'json' 'no-color' 'token-file=' 'status=' 'year=' 'member=' 'overdue' 'limit=' 'after=' 'h/help'
            case 'show'
                __networkctl_parse_subcommand 1 'socket=' 'json' 'no-color' 'token-file=' 'h/help'
            case 'create'
                __networkctl_parse_subcommand 1 'socket=' 'json' 'no-color' 'token-file=' 'year=' 'subscription' 'line=+' 'idempotency-key=' 'h/help'
            case 'issue'
                __networkctl_parse_subcommand 1 'socket=' 'json' 'no-color' 'token-file=' 'expected-version=' 'idempotency-key=' 'h/help'
            case 'po'
                __networkctl_parse_subcommand 2 'socket=' 'json' 'no-color' 'token-file=' 'expected-version=' 'idempotency-key=' 'h/help'
            case 'cancel'
                __networkctl_parse_subcommand 1 'socket=' 'json' 'no-color' 'token-file=' 'reason=' 'expected-version=' 'idempotency-key=' 'h/help'
            case 'pdf'
                __networkctl_parse_subcommand 1 'socket=' 'json' 'no-color' 'token-file=' 'o/output=' 'html' 'credit-note=' 'h/help'
            end
        case 'payment'
            __networkctl_parse_subcommand 0 'h/help'
            switch $unparsed_tokens[1]
            case 'record'
                __networkctl_parse_subcommand 2 'socket=' 'json' 'no-color' 'token-file=' 'method=' 'paid-on=' 'reference=' 'idempotency-key=' 'h/help'
            case 'list'
                __networkctl_parse_subcommand 0 'socket=' 'json' 'no-color' 'token-file=' 'invoice=' 'member=' 'limit=' 'h/help'
            case 'void'
                __networkctl_parse_subcommand 1 'socket=' 'json' 'no-color' 'token-file=' 'reason=' 'idempotency-key=' 'h/help'
            end
        case 'credit'
            __networkctl_parse_subcommand 0 'h/help'
            switch $unparsed_tokens[1]
            case 'show'
                __networkctl_parse_subcommand 1 'socket=' 'json' 'no-color' 'token-file=' 'h/help'
            case 'apply'
                __networkctl_parse_subcommand 1 'socket=' 'json' 'no-color' 'token-file=' 'amount=' 'idempotency-key=' 'h/help'
            end
        case 'report'
            __networkctl_parse_subcommand 0 'h/help'
            switch $unparsed_tokens[1]
            case 'income'
                __networkctl_parse_subcommand 0 'socket=' 'json' 'no-color' 'token-file=' 'year=' 'csv' 'h/help'
            case 'aged-debt'
                __networkctl_parse_subcommand 0 'socket=' 'json' 'no-color' 'token-file=' 'as-of=' 'csv' 'h/help'
            case 'arrears'
                __networkctl_parse_subcommand 0 'socket=' 'json' 'no-color' 'token-file=' 'as-of=' 'csv' 'h/help'
            end
        case 'job'
            __networkctl_parse_subcommand 0 'h/help'
            switch $unparsed_tokens[1]
            case 'list'
                __networkctl_parse_subcommand 0 'socket=' 'json' 'no-color' 'token-file=' 'h/help'
            case 'run'
                __networkctl_parse_subcommand 1 'socket=' 'json' 'no-color' 'token-file=' 'year=' 'dry-run' 'h/help'
            case 'history'
                __networkctl_parse_subcommand 0 'socket=' 'json' 'no-color' 'token-file=' 'job=' 'limit=' 'before=' 'h/help'
            end
        case 'renewal'
            __networkctl_parse_subcommand 0 'h/help'
            switch $unparsed_tokens[1]
            case 'preview'
                __networkctl_parse_subcommand 1 'socket=' 'json' 'no-color' 'token-file=' 'limit=' 'h/help'
            case 'run'
                __networkctl_parse_subcommand 1 'socket=' 'json' 'no-color' 'token-file=' 'h/help'
            end
        case 'outbox'
            __networkctl_parse_subcommand 0 'h/help'
            switch $unparsed_tokens[1]
            case 'list'
                __networkctl_parse_subcommand 0 'socket=' 'json' 'no-color' 'token-file=' 'status=' 'member=' 'invoice=' 'limit=' 'before=' 'h/help'
            case 'show'
                __networkctl_parse_subcommand 1 'socket=' 'json' 'no-color' 'token-file=' 'message' 'h/help'
            case 'retry'
                __networkctl_parse_subcommand 1 'socket=' 'json' 'no-color' 'token-file=' 'idempotency-key=' 'h/help'
            end
        case 'methods'
            __networkctl_parse_subcommand 0 'socket=' 'json' 'no-color' 'token-file=' 'h/help'
        case 'call'
            __networkctl_parse_subcommand 2 'socket=' 'json' 'no-color' 'token-file=' 'h/help'
        case 'help'
            __networkctl_parse_subcommand -r 1 
        end
    end
end

function __networkctl_tokens
    if test (string split -m 1 -f 1 -- . "$FISH_VERSION") -gt 3
        commandline --tokens-raw $argv
    else
        commandline -o $argv
    end
end

function __networkctl_parse_subcommand -S -a positional_count
    argparse -s r -- $argv
    set -l option_specs $argv[2..]
    set -l is_repeating_positional $_flag_r
    set -el _flag_r
    set -a commands $unparsed_tokens[1]
    set positional_index 0
    while true
        set -e unparsed_tokens[1]
        argparse -sn "$commands" $option_specs -- $unparsed_tokens 2> /dev/null
        set unparsed_tokens $argv
        set positional_index (math $positional_index + 1)
        for non_repeating_flag_or_option in $non_repeating_flags_or_options
            if set -ql "_flag_$(string replace -a - _ -- $non_repeating_flag_or_option)"
                set non_repeating_flags_or_options_absent 1
                break
            end
        end
        test (count $unparsed_tokens) -eq 0 -o \( -z "$is_repeating_positional" -a "$positional_index" -gt "$positional_count" \) && break
    end
end

function __networkctl_complete_directories
    set -l token (commandline -t)
    string match -- '*/' $token
    set -l subdirs $token*/
    printf %s\n $subdirs
end

function __networkctl_custom_completion
    set -x SAP_SHELL fish
    set -x SAP_SHELL_VERSION $FISH_VERSION
    set -l tokens (__networkctl_tokens -p)
    if test -z "$(__networkctl_tokens -t)"
        set -l index (count (__networkctl_tokens -pc))
        set tokens $tokens[..$index] \'\' $tokens[(math $index + 1)..]
    end
    command $tokens[1] $argv $tokens
end

complete -c 'networkctl' -f
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl" socket' -l 'socket' -d 'The daemon\'s admin socket (default: $NETWORKCTL_SOCKET, else /run/networkd/admin.sock).' -rF
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl" json' -l 'json' -d 'Print only the method\'s result, as JSON, on stdout.'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl" no-color' -l 'no-color' -d 'Never colour the output (colour is used only on a terminal, and never with NO_COLOR set).'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl" token-file' -l 'token-file' -d 'Act as a member contact: present the member token in this file first (default: $NETWORKCTL_TOKEN).' -rF
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_positional "networkctl" -eq 1' -fa 'status' -d 'Show the daemon\'s version, uptime, schema, database, pool and clients.'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_positional "networkctl" -eq 1' -fa 'reload' -d 'Re-read networkd\'s configuration and apply what can change without a restart.'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_positional "networkctl" -eq 1' -fa 'audit' -d 'Read the audit trail: who changed what, when.'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_positional "networkctl" -eq 1' -fa 'watch' -d 'Watch every committed change live, one line per change.'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_positional "networkctl" -eq 1' -fa 'network' -d 'Show or change the network\'s own settings.'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_positional "networkctl" -eq 1' -fa 'member' -d 'List, show, add and edit members; suspend, reinstate, resign, terminate, change tier.'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_positional "networkctl" -eq 1' -fa 'application' -d 'Submit, list, recommend, approve and reject applications to join.'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_positional "networkctl" -eq 1' -fa 'contact' -d 'List, add, edit and remove a member\'s contacts; export or erase a person\'s data.'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_positional "networkctl" -eq 1' -fa 'token' -d 'Issue, list and revoke member tokens.'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_positional "networkctl" -eq 1' -fa 'tier' -d 'Show the membership tiers and which organisation kinds qualify for each.'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_positional "networkctl" -eq 1' -fa 'year' -d 'List and open membership years; show members\' periods.'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_positional "networkctl" -eq 1' -fa 'billing' -d 'The network\'s billing details; a member\'s invoice addressee and per-year figures.'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_positional "networkctl" -eq 1' -fa 'fees' -d 'Show and set a year\'s fee schedule; quote a member\'s fee with the reason.'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_positional "networkctl" -eq 1' -fa 'invoice' -d 'List, show, create, issue and cancel invoices; supply PO numbers; write the PDF.'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_positional "networkctl" -eq 1' -fa 'payment' -d 'Record, list and void payments; overpayments become member credit.'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_positional "networkctl" -eq 1' -fa 'credit' -d 'Show a member\'s credit; apply it to one of its invoices.'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_positional "networkctl" -eq 1' -fa 'report' -d 'Income by tier and year, aged debt, members in arrears; --csv for spreadsheets.'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_positional "networkctl" -eq 1' -fa 'job' -d 'Show the scheduled jobs and their runs; run one now.'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_positional "networkctl" -eq 1' -fa 'renewal' -d 'Preview or run a membership year\'s renewal (periods and subscription invoices).'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_positional "networkctl" -eq 1' -fa 'outbox' -d 'List and show e-mail messages; queue a failed one again.'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_positional "networkctl" -eq 1' -fa 'methods' -d 'List the admin-socket methods the daemon serves, with the roles that may call them.'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_positional "networkctl" -eq 1' -fa 'call' -d 'Call any admin-socket method with raw JSON params and print its result.'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_positional "networkctl" -eq 1' -fa 'help' -d 'Show subcommand help information.'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl status" socket' -l 'socket' -d 'The daemon\'s admin socket (default: $NETWORKCTL_SOCKET, else /run/networkd/admin.sock).' -rF
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl status" json' -l 'json' -d 'Print only the method\'s result, as JSON, on stdout.'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl status" no-color' -l 'no-color' -d 'Never colour the output (colour is used only on a terminal, and never with NO_COLOR set).'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl status" token-file' -l 'token-file' -d 'Act as a member contact: present the member token in this file first (default: $NETWORKCTL_TOKEN).' -rF
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl status" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl reload" socket' -l 'socket' -d 'The daemon\'s admin socket (default: $NETWORKCTL_SOCKET, else /run/networkd/admin.sock).' -rF
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl reload" json' -l 'json' -d 'Print only the method\'s result, as JSON, on stdout.'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl reload" no-color' -l 'no-color' -d 'Never colour the output (colour is used only on a terminal, and never with NO_COLOR set).'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl reload" token-file' -l 'token-file' -d 'Act as a member contact: present the member token in this file first (default: $NETWORKCTL_TOKEN).' -rF
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl reload" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl audit" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_positional "networkctl audit" -eq 1' -fa 'list' -d 'List audit entries, newest first.'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_positional "networkctl audit" -eq 1' -fa 'show' -d 'Show one audit entry, with the state before and after.'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl audit list" socket' -l 'socket' -d 'The daemon\'s admin socket (default: $NETWORKCTL_SOCKET, else /run/networkd/admin.sock).' -rF
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl audit list" json' -l 'json' -d 'Print only the method\'s result, as JSON, on stdout.'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl audit list" no-color' -l 'no-color' -d 'Never colour the output (colour is used only on a terminal, and never with NO_COLOR set).'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl audit list" token-file' -l 'token-file' -d 'Act as a member contact: present the member token in this file first (default: $NETWORKCTL_TOKEN).' -rF
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl audit list" limit' -l 'limit' -d 'At most this many entries (1–500; the daemon\'s default is 50).' -rfka ''
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl audit list" after' -l 'after' -d 'Continue after this cursor, from the previous page.' -rfka ''
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl audit list" method' -l 'method' -d 'Only entries of this method, e.g. network.update.' -rfka ''
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl audit list" actor' -l 'actor' -d 'Only entries by this actor, e.g. \'uid:0(root)\'.' -rfka ''
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl audit list" target' -l 'target' -d 'Only entries about this target, e.g. network.' -rfka ''
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl audit list" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl audit show" socket' -l 'socket' -d 'The daemon\'s admin socket (default: $NETWORKCTL_SOCKET, else /run/networkd/admin.sock).' -rF
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl audit show" json' -l 'json' -d 'Print only the method\'s result, as JSON, on stdout.'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl audit show" no-color' -l 'no-color' -d 'Never colour the output (colour is used only on a terminal, and never with NO_COLOR set).'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl audit show" token-file' -l 'token-file' -d 'Act as a member contact: present the member token in this file first (default: $NETWORKCTL_TOKEN).' -rF
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl audit show" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl watch" socket' -l 'socket' -d 'The daemon\'s admin socket (default: $NETWORKCTL_SOCKET, else /run/networkd/admin.sock).' -rF
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl watch" json' -l 'json' -d 'Print only the method\'s result, as JSON, on stdout.'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl watch" no-color' -l 'no-color' -d 'Never colour the output (colour is used only on a terminal, and never with NO_COLOR set).'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl watch" token-file' -l 'token-file' -d 'Act as a member contact: present the member token in this file first (default: $NETWORKCTL_TOKEN).' -rF
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl watch"' -l 'area' -d 'Only changes in this area or group (repeatable).' -rfka 'platform membership billing scheduling daemon audit network tier member application contact token session year fees invoice payment report job renewal outbox rpc period credit'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl watch" after' -l 'after' -d 'First the changes already in the trail after this audit id (0: all of them).' -rfka ''
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl watch" reconnect' -l 'reconnect' -d 'When networkd shuts down or goes away, reconnect every second and resume where the watch stopped.'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl watch" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl network" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_positional "networkctl network" -eq 1' -fa 'show' -d 'Show the network\'s name, short name, time zone, currency and year start.'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_positional "networkctl network" -eq 1' -fa 'edit' -d 'Change the network\'s settings; settings left out keep their value.'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl network show" socket' -l 'socket' -d 'The daemon\'s admin socket (default: $NETWORKCTL_SOCKET, else /run/networkd/admin.sock).' -rF
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl network show" json' -l 'json' -d 'Print only the method\'s result, as JSON, on stdout.'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl network show" no-color' -l 'no-color' -d 'Never colour the output (colour is used only on a terminal, and never with NO_COLOR set).'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl network show" token-file' -l 'token-file' -d 'Act as a member contact: present the member token in this file first (default: $NETWORKCTL_TOKEN).' -rF
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl network show" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl network edit" socket' -l 'socket' -d 'The daemon\'s admin socket (default: $NETWORKCTL_SOCKET, else /run/networkd/admin.sock).' -rF
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl network edit" json' -l 'json' -d 'Print only the method\'s result, as JSON, on stdout.'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl network edit" no-color' -l 'no-color' -d 'Never colour the output (colour is used only on a terminal, and never with NO_COLOR set).'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl network edit" token-file' -l 'token-file' -d 'Act as a member contact: present the member token in this file first (default: $NETWORKCTL_TOKEN).' -rF
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl network edit" name' -l 'name' -d 'The network\'s full name.' -rfka ''
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl network edit" short-name' -l 'short-name' -d 'A short name, for invoice numbers and subjects.' -rfka ''
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl network edit" time-zone' -l 'time-zone' -d 'An IANA time zone, e.g. Europe/London.' -rfka ''
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl network edit" currency' -l 'currency' -d 'An ISO 4217 currency code, e.g. GBP.' -rfka ''
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl network edit" year-start-month' -l 'year-start-month' -d 'The month the membership year starts (1–12).' -rfka ''
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl network edit" founding-year' -l 'founding-year' -d 'The year the network was founded; earlier membership dates are refused.' -rfka ''
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl network edit" expected-version' -l 'expected-version' -d 'Refuse the change unless the settings are still at this version.' -rfka ''
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl network edit" idempotency-key' -l 'idempotency-key' -d 'A key that makes retrying this exact change safe.' -rfka ''
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl network edit" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl member" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_positional "networkctl member" -eq 1' -fa 'list' -d 'List members by name, with filters.'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_positional "networkctl member" -eq 1' -fa 'show' -d 'Show one member\'s details.'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_positional "networkctl member" -eq 1' -fa 'add' -d 'Enter an active member directly, without an application (secretariat).'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_positional "networkctl member" -eq 1' -fa 'edit' -d 'Change a member\'s details; details left out keep their value.'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_positional "networkctl member" -eq 1' -fa 'history' -d 'Show every status and tier change of a member: who, when and why.'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_positional "networkctl member" -eq 1' -fa 'suspend' -d 'Suspend an active member (secretariat).'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_positional "networkctl member" -eq 1' -fa 'reinstate' -d 'Reinstate a suspended member (secretariat).'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_positional "networkctl member" -eq 1' -fa 'resign' -d 'Record a member\'s resignation (secretariat, member).'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_positional "networkctl member" -eq 1' -fa 'terminate' -d 'End a membership (secretariat).'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_positional "networkctl member" -eq 1' -fa 'change-tier' -d 'Move a current member to another tier, from a date (secretariat).'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_positional "networkctl member" -eq 1' -fa 'cancel-change' -d 'Cancel a change scheduled for a later date (secretariat).'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl member list" socket' -l 'socket' -d 'The daemon\'s admin socket (default: $NETWORKCTL_SOCKET, else /run/networkd/admin.sock).' -rF
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl member list" json' -l 'json' -d 'Print only the method\'s result, as JSON, on stdout.'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl member list" no-color' -l 'no-color' -d 'Never colour the output (colour is used only on a terminal, and never with NO_COLOR set).'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl member list" token-file' -l 'token-file' -d 'Act as a member contact: present the member token in this file first (default: $NETWORKCTL_TOKEN).' -rF
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl member list" tier' -l 'tier' -d 'Only members of this tier (full, associate, affiliate, supporter).' -rfka ''
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl member list"' -l 'status' -d 'Only members in this status or group: a status, current (active, lapsed, suspended; the default), former (resigned, terminated) or all. Repeat to list several.' -rfka 'applicant active lapsed suspended resigned terminated rejected current former all'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl member list" kind' -l 'kind' -d 'Only members of this organisation kind, e.g. unitary.' -rfka ''
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl member list" region' -l 'region' -d 'Only members in this region.' -rfka ''
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl member list" search' -l 'search' -d 'Only members whose name contains this text (any case).' -rfka ''
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl member list" limit' -l 'limit' -d 'At most this many members per page (1–500; the daemon\'s default is 50).' -rfka ''
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl member list" after' -l 'after' -d 'Continue after this cursor, from the previous page.' -rfka ''
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl member list" all' -l 'all' -d 'Follow the cursors and list every matching member.'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl member list" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl member show" socket' -l 'socket' -d 'The daemon\'s admin socket (default: $NETWORKCTL_SOCKET, else /run/networkd/admin.sock).' -rF
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl member show" json' -l 'json' -d 'Print only the method\'s result, as JSON, on stdout.'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl member show" no-color' -l 'no-color' -d 'Never colour the output (colour is used only on a terminal, and never with NO_COLOR set).'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl member show" token-file' -l 'token-file' -d 'Act as a member contact: present the member token in this file first (default: $NETWORKCTL_TOKEN).' -rF
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl member show" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl member add" socket' -l 'socket' -d 'The daemon\'s admin socket (default: $NETWORKCTL_SOCKET, else /run/networkd/admin.sock).' -rF
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl member add" json' -l 'json' -d 'Print only the method\'s result, as JSON, on stdout.'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl member add" no-color' -l 'no-color' -d 'Never colour the output (colour is used only on a terminal, and never with NO_COLOR set).'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl member add" token-file' -l 'token-file' -d 'Act as a member contact: present the member token in this file first (default: $NETWORKCTL_TOKEN).' -rF
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl member add" name' -l 'name' -d 'The organisation\'s name (unique among current members).' -rfka ''
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl member add" kind' -l 'kind' -d 'The organisation kind, e.g. unitary (see `networkctl tier list`).' -rfka ''
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl member add" tier' -l 'tier' -d 'The tier: full, associate, affiliate or supporter.' -rfka ''
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl member add" nation' -l 'nation' -d 'Where the member is.' -rfka 'england scotland wales northern_ireland outside_uk'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl member add" region' -l 'region' -d 'The region, e.g. \'North West\'.' -rfka ''
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl member add" website' -l 'website' -d 'The website, http:// or https://.' -rfka ''
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl member add" population' -l 'population' -d 'A council\'s population.' -rfka ''
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl member add" budget-revenue' -l 'budget-revenue' -d 'A council\'s controllable revenue budget, e.g. 412,000,000.' -rfka ''
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl member add" budget-capital' -l 'budget-capital' -d 'A council\'s controllable capital budget.' -rfka ''
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl member add" member-since' -l 'member-since' -d 'The date membership started, YYYY-MM-DD (default: today; not later, nor before the network\'s founding year).' -rfka ''
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl member add" po-required' -l 'po-required' -d 'The member needs a purchase order number on its invoices.'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl member add" idempotency-key' -l 'idempotency-key' -d 'A key that makes retrying this exact change safe: a retry returns the first result.' -rfka ''
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl member add" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl member edit" socket' -l 'socket' -d 'The daemon\'s admin socket (default: $NETWORKCTL_SOCKET, else /run/networkd/admin.sock).' -rF
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl member edit" json' -l 'json' -d 'Print only the method\'s result, as JSON, on stdout.'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl member edit" no-color' -l 'no-color' -d 'Never colour the output (colour is used only on a terminal, and never with NO_COLOR set).'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl member edit" token-file' -l 'token-file' -d 'Act as a member contact: present the member token in this file first (default: $NETWORKCTL_TOKEN).' -rF
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl member edit" name' -l 'name' -d 'The organisation\'s name.' -rfka ''
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl member edit" kind' -l 'kind' -d 'The organisation kind (it must still qualify for the tier).' -rfka ''
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl member edit" nation' -l 'nation' -d 'Where the member is.' -rfka 'england scotland wales northern_ireland outside_uk'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl member edit" region' -l 'region' -d 'The region.' -rfka ''
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl member edit" website' -l 'website' -d 'The website, http:// or https://.' -rfka ''
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl member edit" population' -l 'population' -d 'A council\'s population.' -rfka ''
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl member edit" budget-revenue' -l 'budget-revenue' -d 'A council\'s controllable revenue budget.' -rfka ''
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl member edit" budget-capital' -l 'budget-capital' -d 'A council\'s controllable capital budget.' -rfka ''
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl member edit" po-required' -l 'po-required' -d 'Whether invoices need a purchase order number.'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl member edit" no-po-required' -l 'no-po-required' -d 'Whether invoices need a purchase order number.'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl member edit" expected-version' -l 'expected-version' -d 'Refuse the change (exit 65) unless the record is still at this version.' -rfka ''
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl member edit" idempotency-key' -l 'idempotency-key' -d 'A key that makes retrying this exact change safe: a retry returns the first result.' -rfka ''
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl member edit" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl member history" socket' -l 'socket' -d 'The daemon\'s admin socket (default: $NETWORKCTL_SOCKET, else /run/networkd/admin.sock).' -rF
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl member history" json' -l 'json' -d 'Print only the method\'s result, as JSON, on stdout.'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl member history" no-color' -l 'no-color' -d 'Never colour the output (colour is used only on a terminal, and never with NO_COLOR set).'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl member history" token-file' -l 'token-file' -d 'Act as a member contact: present the member token in this file first (default: $NETWORKCTL_TOKEN).' -rF
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl member history" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl member suspend" socket' -l 'socket' -d 'The daemon\'s admin socket (default: $NETWORKCTL_SOCKET, else /run/networkd/admin.sock).' -rF
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl member suspend" json' -l 'json' -d 'Print only the method\'s result, as JSON, on stdout.'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl member suspend" no-color' -l 'no-color' -d 'Never colour the output (colour is used only on a terminal, and never with NO_COLOR set).'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl member suspend" token-file' -l 'token-file' -d 'Act as a member contact: present the member token in this file first (default: $NETWORKCTL_TOKEN).' -rF
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl member suspend" expected-version' -l 'expected-version' -d 'Refuse the change (exit 65) unless the record is still at this version.' -rfka ''
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl member suspend" idempotency-key' -l 'idempotency-key' -d 'A key that makes retrying this exact change safe: a retry returns the first result.' -rfka ''
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl member suspend" reason' -l 'reason' -d 'Why (required; recorded in the history).' -rfka ''
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl member suspend" until' -l 'until' -d 'The day the suspension ends (YYYY-MM-DD, after today): the reinstatement is scheduled for it.' -rfka ''
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl member suspend" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl member reinstate" socket' -l 'socket' -d 'The daemon\'s admin socket (default: $NETWORKCTL_SOCKET, else /run/networkd/admin.sock).' -rF
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl member reinstate" json' -l 'json' -d 'Print only the method\'s result, as JSON, on stdout.'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl member reinstate" no-color' -l 'no-color' -d 'Never colour the output (colour is used only on a terminal, and never with NO_COLOR set).'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl member reinstate" token-file' -l 'token-file' -d 'Act as a member contact: present the member token in this file first (default: $NETWORKCTL_TOKEN).' -rF
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl member reinstate" expected-version' -l 'expected-version' -d 'Refuse the change (exit 65) unless the record is still at this version.' -rfka ''
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl member reinstate" idempotency-key' -l 'idempotency-key' -d 'A key that makes retrying this exact change safe: a retry returns the first result.' -rfka ''
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl member reinstate" reason' -l 'reason' -d 'Why (required; recorded in the history).' -rfka ''
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl member reinstate" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl member resign" socket' -l 'socket' -d 'The daemon\'s admin socket (default: $NETWORKCTL_SOCKET, else /run/networkd/admin.sock).' -rF
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl member resign" json' -l 'json' -d 'Print only the method\'s result, as JSON, on stdout.'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl member resign" no-color' -l 'no-color' -d 'Never colour the output (colour is used only on a terminal, and never with NO_COLOR set).'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl member resign" token-file' -l 'token-file' -d 'Act as a member contact: present the member token in this file first (default: $NETWORKCTL_TOKEN).' -rF
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl member resign" expected-version' -l 'expected-version' -d 'Refuse the change (exit 65) unless the record is still at this version.' -rfka ''
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl member resign" idempotency-key' -l 'idempotency-key' -d 'A key that makes retrying this exact change safe: a retry returns the first result.' -rfka ''
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl member resign" reason' -l 'reason' -d 'Why (recorded in the history).' -rfka ''
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl member resign" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl member terminate" socket' -l 'socket' -d 'The daemon\'s admin socket (default: $NETWORKCTL_SOCKET, else /run/networkd/admin.sock).' -rF
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl member terminate" json' -l 'json' -d 'Print only the method\'s result, as JSON, on stdout.'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl member terminate" no-color' -l 'no-color' -d 'Never colour the output (colour is used only on a terminal, and never with NO_COLOR set).'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl member terminate" token-file' -l 'token-file' -d 'Act as a member contact: present the member token in this file first (default: $NETWORKCTL_TOKEN).' -rF
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl member terminate" expected-version' -l 'expected-version' -d 'Refuse the change (exit 65) unless the record is still at this version.' -rfka ''
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl member terminate" idempotency-key' -l 'idempotency-key' -d 'A key that makes retrying this exact change safe: a retry returns the first result.' -rfka ''
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl member terminate" reason' -l 'reason' -d 'Why (required; recorded in the history).' -rfka ''
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl member terminate" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl member change-tier" socket' -l 'socket' -d 'The daemon\'s admin socket (default: $NETWORKCTL_SOCKET, else /run/networkd/admin.sock).' -rF
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl member change-tier" json' -l 'json' -d 'Print only the method\'s result, as JSON, on stdout.'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl member change-tier" no-color' -l 'no-color' -d 'Never colour the output (colour is used only on a terminal, and never with NO_COLOR set).'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl member change-tier" token-file' -l 'token-file' -d 'Act as a member contact: present the member token in this file first (default: $NETWORKCTL_TOKEN).' -rF
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl member change-tier" tier' -l 'tier' -d 'The new tier.' -rfka ''
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl member change-tier" kind' -l 'kind' -d 'The new organisation kind, when it changes with the tier.' -rfka ''
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl member change-tier" effective-on' -l 'effective-on' -d 'The date the new tier takes effect, YYYY-MM-DD (default: today; a past date back-dates it, a future one is refused — apply it on the day).' -rfka ''
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl member change-tier" reason' -l 'reason' -d 'Why (required; recorded in the history).' -rfka ''
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl member change-tier" dry-run' -l 'dry-run' -d 'Show what the change would bill (credit note, invoice) and change nothing.'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl member change-tier" expected-version' -l 'expected-version' -d 'Refuse the change (exit 65) unless the record is still at this version.' -rfka ''
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl member change-tier" idempotency-key' -l 'idempotency-key' -d 'A key that makes retrying this exact change safe: a retry returns the first result.' -rfka ''
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl member change-tier" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl member cancel-change" socket' -l 'socket' -d 'The daemon\'s admin socket (default: $NETWORKCTL_SOCKET, else /run/networkd/admin.sock).' -rF
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl member cancel-change" json' -l 'json' -d 'Print only the method\'s result, as JSON, on stdout.'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl member cancel-change" no-color' -l 'no-color' -d 'Never colour the output (colour is used only on a terminal, and never with NO_COLOR set).'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl member cancel-change" token-file' -l 'token-file' -d 'Act as a member contact: present the member token in this file first (default: $NETWORKCTL_TOKEN).' -rF
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl member cancel-change" reason' -l 'reason' -d 'Why (recorded with the change).' -rfka ''
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl member cancel-change" idempotency-key' -l 'idempotency-key' -d 'A key that makes retrying this exact change safe: a retry returns the first result.' -rfka ''
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl member cancel-change" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl application" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_positional "networkctl application" -eq 1' -fa 'submit' -d 'Record an application for a tier (secretariat).'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_positional "networkctl application" -eq 1' -fa 'list' -d 'List applications, newest first.'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_positional "networkctl application" -eq 1' -fa 'show' -d 'Show one application.'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_positional "networkctl application" -eq 1' -fa 'recommend' -d 'Record the values board\'s recommendation (secretariat).'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_positional "networkctl application" -eq 1' -fa 'approve' -d 'Approve a recommended application: the applicant becomes an active member (secretariat).'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_positional "networkctl application" -eq 1' -fa 'reject' -d 'Reject an application, with a reason (secretariat).'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl application submit" socket' -l 'socket' -d 'The daemon\'s admin socket (default: $NETWORKCTL_SOCKET, else /run/networkd/admin.sock).' -rF
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl application submit" json' -l 'json' -d 'Print only the method\'s result, as JSON, on stdout.'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl application submit" no-color' -l 'no-color' -d 'Never colour the output (colour is used only on a terminal, and never with NO_COLOR set).'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl application submit" token-file' -l 'token-file' -d 'Act as a member contact: present the member token in this file first (default: $NETWORKCTL_TOKEN).' -rF
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl application submit" name' -l 'name' -d 'The organisation\'s name.' -rfka ''
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl application submit" kind' -l 'kind' -d 'The organisation kind, e.g. unitary (see `networkctl tier list`).' -rfka ''
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl application submit" tier' -l 'tier' -d 'The tier sought.' -rfka ''
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl application submit" nation' -l 'nation' -d 'Where the organisation is.' -rfka 'england scotland wales northern_ireland outside_uk'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl application submit" region' -l 'region' -d 'The region.' -rfka ''
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl application submit" website' -l 'website' -d 'The website, http:// or https://.' -rfka ''
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl application submit" population' -l 'population' -d 'A council\'s population.' -rfka ''
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl application submit" budget-revenue' -l 'budget-revenue' -d 'A council\'s controllable revenue budget.' -rfka ''
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl application submit" budget-capital' -l 'budget-capital' -d 'A council\'s controllable capital budget.' -rfka ''
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl application submit" statement' -l 'statement' -d 'The statement of commitment to co-operative values.' -rfka ''
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl application submit" statement-file' -l 'statement-file' -d 'Read the statement from this file (- for stdin).' -rF
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl application submit" idempotency-key' -l 'idempotency-key' -d 'A key that makes retrying this exact change safe: a retry returns the first result.' -rfka ''
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl application submit" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl application list" socket' -l 'socket' -d 'The daemon\'s admin socket (default: $NETWORKCTL_SOCKET, else /run/networkd/admin.sock).' -rF
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl application list" json' -l 'json' -d 'Print only the method\'s result, as JSON, on stdout.'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl application list" no-color' -l 'no-color' -d 'Never colour the output (colour is used only on a terminal, and never with NO_COLOR set).'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl application list" token-file' -l 'token-file' -d 'Act as a member contact: present the member token in this file first (default: $NETWORKCTL_TOKEN).' -rF
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl application list" status' -l 'status' -d 'Only applications in this status: submitted, recommended, approved or rejected.' -rfka ''
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl application list" limit' -l 'limit' -d 'At most this many applications.' -rfka ''
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl application list" after' -l 'after' -d 'Continue after this cursor, from the previous page.' -rfka ''
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl application list" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl application show" socket' -l 'socket' -d 'The daemon\'s admin socket (default: $NETWORKCTL_SOCKET, else /run/networkd/admin.sock).' -rF
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl application show" json' -l 'json' -d 'Print only the method\'s result, as JSON, on stdout.'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl application show" no-color' -l 'no-color' -d 'Never colour the output (colour is used only on a terminal, and never with NO_COLOR set).'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl application show" token-file' -l 'token-file' -d 'Act as a member contact: present the member token in this file first (default: $NETWORKCTL_TOKEN).' -rF
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl application show" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl application recommend" socket' -l 'socket' -d 'The daemon\'s admin socket (default: $NETWORKCTL_SOCKET, else /run/networkd/admin.sock).' -rF
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl application recommend" json' -l 'json' -d 'Print only the method\'s result, as JSON, on stdout.'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl application recommend" no-color' -l 'no-color' -d 'Never colour the output (colour is used only on a terminal, and never with NO_COLOR set).'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl application recommend" token-file' -l 'token-file' -d 'Act as a member contact: present the member token in this file first (default: $NETWORKCTL_TOKEN).' -rF
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl application recommend" approve' -l 'approve' -d 'The values board recommends approval.'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl application recommend" reject' -l 'reject' -d 'The values board recommends rejection.'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl application recommend" note' -l 'note' -d 'The board\'s note.' -rfka ''
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl application recommend" expected-version' -l 'expected-version' -d 'Refuse the change (exit 65) unless the record is still at this version.' -rfka ''
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl application recommend" idempotency-key' -l 'idempotency-key' -d 'A key that makes retrying this exact change safe: a retry returns the first result.' -rfka ''
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl application recommend" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl application approve" socket' -l 'socket' -d 'The daemon\'s admin socket (default: $NETWORKCTL_SOCKET, else /run/networkd/admin.sock).' -rF
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl application approve" json' -l 'json' -d 'Print only the method\'s result, as JSON, on stdout.'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl application approve" no-color' -l 'no-color' -d 'Never colour the output (colour is used only on a terminal, and never with NO_COLOR set).'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl application approve" token-file' -l 'token-file' -d 'Act as a member contact: present the member token in this file first (default: $NETWORKCTL_TOKEN).' -rF
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl application approve" starts-on' -l 'starts-on' -d 'The date membership starts, YYYY-MM-DD (default: today; not later — approve on the day it starts).' -rfka ''
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl application approve" expected-version' -l 'expected-version' -d 'Refuse the change (exit 65) unless the record is still at this version.' -rfka ''
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl application approve" idempotency-key' -l 'idempotency-key' -d 'A key that makes retrying this exact change safe: a retry returns the first result.' -rfka ''
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl application approve" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl application reject" socket' -l 'socket' -d 'The daemon\'s admin socket (default: $NETWORKCTL_SOCKET, else /run/networkd/admin.sock).' -rF
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl application reject" json' -l 'json' -d 'Print only the method\'s result, as JSON, on stdout.'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl application reject" no-color' -l 'no-color' -d 'Never colour the output (colour is used only on a terminal, and never with NO_COLOR set).'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl application reject" token-file' -l 'token-file' -d 'Act as a member contact: present the member token in this file first (default: $NETWORKCTL_TOKEN).' -rF
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl application reject" reason' -l 'reason' -d 'Why (required; recorded).' -rfka ''
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl application reject" expected-version' -l 'expected-version' -d 'Refuse the change (exit 65) unless the record is still at this version.' -rfka ''
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl application reject" idempotency-key' -l 'idempotency-key' -d 'A key that makes retrying this exact change safe: a retry returns the first result.' -rfka ''
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl application reject" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl contact" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_positional "networkctl contact" -eq 1' -fa 'list' -d 'List a member\'s contacts with their roles.'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_positional "networkctl contact" -eq 1' -fa 'show' -d 'Show one contact.'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_positional "networkctl contact" -eq 1' -fa 'add' -d 'Add a contact to a member.'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_positional "networkctl contact" -eq 1' -fa 'edit' -d 'Change a contact; details left out keep their value.'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_positional "networkctl contact" -eq 1' -fa 'remove' -d 'Remove a contact from its member; its member tokens are revoked.'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_positional "networkctl contact" -eq 1' -fa 'export' -d 'Print everything held about one contact, as JSON (a subject access request).'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_positional "networkctl contact" -eq 1' -fa 'erase' -d 'Erase a contact\'s personal data everywhere, including the audit trail (needs --yes).'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl contact list" socket' -l 'socket' -d 'The daemon\'s admin socket (default: $NETWORKCTL_SOCKET, else /run/networkd/admin.sock).' -rF
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl contact list" json' -l 'json' -d 'Print only the method\'s result, as JSON, on stdout.'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl contact list" no-color' -l 'no-color' -d 'Never colour the output (colour is used only on a terminal, and never with NO_COLOR set).'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl contact list" token-file' -l 'token-file' -d 'Act as a member contact: present the member token in this file first (default: $NETWORKCTL_TOKEN).' -rF
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl contact list" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl contact show" socket' -l 'socket' -d 'The daemon\'s admin socket (default: $NETWORKCTL_SOCKET, else /run/networkd/admin.sock).' -rF
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl contact show" json' -l 'json' -d 'Print only the method\'s result, as JSON, on stdout.'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl contact show" no-color' -l 'no-color' -d 'Never colour the output (colour is used only on a terminal, and never with NO_COLOR set).'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl contact show" token-file' -l 'token-file' -d 'Act as a member contact: present the member token in this file first (default: $NETWORKCTL_TOKEN).' -rF
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl contact show" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl contact add" socket' -l 'socket' -d 'The daemon\'s admin socket (default: $NETWORKCTL_SOCKET, else /run/networkd/admin.sock).' -rF
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl contact add" json' -l 'json' -d 'Print only the method\'s result, as JSON, on stdout.'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl contact add" no-color' -l 'no-color' -d 'Never colour the output (colour is used only on a terminal, and never with NO_COLOR set).'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl contact add" token-file' -l 'token-file' -d 'Act as a member contact: present the member token in this file first (default: $NETWORKCTL_TOKEN).' -rF
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl contact add" name' -l 'name' -d 'The person\'s name.' -rfka ''
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl contact add" email' -l 'email' -d 'Their email address.' -rfka ''
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl contact add" phone' -l 'phone' -d 'Their phone number.' -rfka ''
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl contact add" job-title' -l 'job-title' -d 'Their job title.' -rfka ''
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl contact add"' -l 'role' -d 'A role they hold (repeatable).' -rfka 'lead_member lead_officer finance events'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl contact add"' -l 'primary' -d 'A role they are the member\'s primary contact for (repeatable).' -rfka 'lead_member lead_officer finance events'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl contact add" idempotency-key' -l 'idempotency-key' -d 'A key that makes retrying this exact change safe: a retry returns the first result.' -rfka ''
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl contact add" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl contact edit" socket' -l 'socket' -d 'The daemon\'s admin socket (default: $NETWORKCTL_SOCKET, else /run/networkd/admin.sock).' -rF
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl contact edit" json' -l 'json' -d 'Print only the method\'s result, as JSON, on stdout.'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl contact edit" no-color' -l 'no-color' -d 'Never colour the output (colour is used only on a terminal, and never with NO_COLOR set).'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl contact edit" token-file' -l 'token-file' -d 'Act as a member contact: present the member token in this file first (default: $NETWORKCTL_TOKEN).' -rF
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl contact edit" name' -l 'name' -d 'The person\'s name.' -rfka ''
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl contact edit" email' -l 'email' -d 'Their email address.' -rfka ''
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl contact edit" phone' -l 'phone' -d 'Their phone number.' -rfka ''
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl contact edit" job-title' -l 'job-title' -d 'Their job title.' -rfka ''
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl contact edit"' -l 'role' -d 'A role they hold (repeatable; replaces the roles).' -rfka 'lead_member lead_officer finance events'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl contact edit"' -l 'primary' -d 'A role they are primary for (repeatable; replaces the primary roles).' -rfka 'lead_member lead_officer finance events'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl contact edit" no-roles' -l 'no-roles' -d 'Remove every role (and primary role).'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl contact edit" expected-version' -l 'expected-version' -d 'Refuse the change (exit 65) unless the record is still at this version.' -rfka ''
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl contact edit" idempotency-key' -l 'idempotency-key' -d 'A key that makes retrying this exact change safe: a retry returns the first result.' -rfka ''
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl contact edit" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl contact remove" socket' -l 'socket' -d 'The daemon\'s admin socket (default: $NETWORKCTL_SOCKET, else /run/networkd/admin.sock).' -rF
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl contact remove" json' -l 'json' -d 'Print only the method\'s result, as JSON, on stdout.'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl contact remove" no-color' -l 'no-color' -d 'Never colour the output (colour is used only on a terminal, and never with NO_COLOR set).'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl contact remove" token-file' -l 'token-file' -d 'Act as a member contact: present the member token in this file first (default: $NETWORKCTL_TOKEN).' -rF
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl contact remove" expected-version' -l 'expected-version' -d 'Refuse the change (exit 65) unless the record is still at this version.' -rfka ''
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl contact remove" idempotency-key' -l 'idempotency-key' -d 'A key that makes retrying this exact change safe: a retry returns the first result.' -rfka ''
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl contact remove" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl contact export" socket' -l 'socket' -d 'The daemon\'s admin socket (default: $NETWORKCTL_SOCKET, else /run/networkd/admin.sock).' -rF
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl contact export" json' -l 'json' -d 'Print only the method\'s result, as JSON, on stdout.'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl contact export" no-color' -l 'no-color' -d 'Never colour the output (colour is used only on a terminal, and never with NO_COLOR set).'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl contact export" token-file' -l 'token-file' -d 'Act as a member contact: present the member token in this file first (default: $NETWORKCTL_TOKEN).' -rF
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl contact export" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl contact erase" socket' -l 'socket' -d 'The daemon\'s admin socket (default: $NETWORKCTL_SOCKET, else /run/networkd/admin.sock).' -rF
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl contact erase" json' -l 'json' -d 'Print only the method\'s result, as JSON, on stdout.'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl contact erase" no-color' -l 'no-color' -d 'Never colour the output (colour is used only on a terminal, and never with NO_COLOR set).'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl contact erase" token-file' -l 'token-file' -d 'Act as a member contact: present the member token in this file first (default: $NETWORKCTL_TOKEN).' -rF
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl contact erase" yes' -l 'yes' -d 'Confirm: erase this person\'s data; it cannot be undone.'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl contact erase" idempotency-key' -l 'idempotency-key' -d 'A key that makes retrying this exact change safe: a retry returns the first result.' -rfka ''
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl contact erase" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl token" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_positional "networkctl token" -eq 1' -fa 'issue' -d 'Issue a member token to a contact; prints the secret once.'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_positional "networkctl token" -eq 1' -fa 'list' -d 'List member tokens (never their secrets).'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_positional "networkctl token" -eq 1' -fa 'revoke' -d 'Revoke a member token at once.'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl token issue" socket' -l 'socket' -d 'The daemon\'s admin socket (default: $NETWORKCTL_SOCKET, else /run/networkd/admin.sock).' -rF
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl token issue" json' -l 'json' -d 'Print only the method\'s result, as JSON, on stdout.'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl token issue" no-color' -l 'no-color' -d 'Never colour the output (colour is used only on a terminal, and never with NO_COLOR set).'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl token issue" token-file' -l 'token-file' -d 'Act as a member contact: present the member token in this file first (default: $NETWORKCTL_TOKEN).' -rF
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl token issue" expires-in-days' -l 'expires-in-days' -d 'Days until it expires (1–365; the daemon\'s default is 90).' -rfka ''
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl token issue" idempotency-key' -l 'idempotency-key' -d 'A key that makes retrying this exact change safe: a retry returns the first result.' -rfka ''
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl token issue" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl token list" socket' -l 'socket' -d 'The daemon\'s admin socket (default: $NETWORKCTL_SOCKET, else /run/networkd/admin.sock).' -rF
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl token list" json' -l 'json' -d 'Print only the method\'s result, as JSON, on stdout.'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl token list" no-color' -l 'no-color' -d 'Never colour the output (colour is used only on a terminal, and never with NO_COLOR set).'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl token list" token-file' -l 'token-file' -d 'Act as a member contact: present the member token in this file first (default: $NETWORKCTL_TOKEN).' -rF
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl token list" member' -l 'member' -d 'Only tokens of this member.' -rfka ''
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl token list" contact' -l 'contact' -d 'Only tokens of this contact.' -rfka ''
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl token list" all' -l 'all' -d 'Include revoked and expired tokens.'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl token list" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl token revoke" socket' -l 'socket' -d 'The daemon\'s admin socket (default: $NETWORKCTL_SOCKET, else /run/networkd/admin.sock).' -rF
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl token revoke" json' -l 'json' -d 'Print only the method\'s result, as JSON, on stdout.'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl token revoke" no-color' -l 'no-color' -d 'Never colour the output (colour is used only on a terminal, and never with NO_COLOR set).'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl token revoke" token-file' -l 'token-file' -d 'Act as a member contact: present the member token in this file first (default: $NETWORKCTL_TOKEN).' -rF
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl token revoke" idempotency-key' -l 'idempotency-key' -d 'A key that makes retrying this exact change safe: a retry returns the first result.' -rfka ''
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl token revoke" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl tier" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_positional "networkctl tier" -eq 1' -fa 'list' -d 'List the tiers, the kinds that qualify for each, and every organisation kind.'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_positional "networkctl tier" -eq 1' -fa 'show' -d 'Show one tier: whether its members vote and pay a fee, and the kinds that qualify.'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl tier list" socket' -l 'socket' -d 'The daemon\'s admin socket (default: $NETWORKCTL_SOCKET, else /run/networkd/admin.sock).' -rF
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl tier list" json' -l 'json' -d 'Print only the method\'s result, as JSON, on stdout.'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl tier list" no-color' -l 'no-color' -d 'Never colour the output (colour is used only on a terminal, and never with NO_COLOR set).'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl tier list" token-file' -l 'token-file' -d 'Act as a member contact: present the member token in this file first (default: $NETWORKCTL_TOKEN).' -rF
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl tier list" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl tier show" socket' -l 'socket' -d 'The daemon\'s admin socket (default: $NETWORKCTL_SOCKET, else /run/networkd/admin.sock).' -rF
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl tier show" json' -l 'json' -d 'Print only the method\'s result, as JSON, on stdout.'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl tier show" no-color' -l 'no-color' -d 'Never colour the output (colour is used only on a terminal, and never with NO_COLOR set).'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl tier show" token-file' -l 'token-file' -d 'Act as a member contact: present the member token in this file first (default: $NETWORKCTL_TOKEN).' -rF
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl tier show" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl year" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_positional "networkctl year" -eq 1' -fa 'list' -d 'List the membership years opened so far, latest first.'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_positional "networkctl year" -eq 1' -fa 'show' -d 'Show one membership year.'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_positional "networkctl year" -eq 1' -fa 'open' -d 'Open a membership year for billing (default: the year containing today).'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_positional "networkctl year" -eq 1' -fa 'periods' -d 'List members\' periods: one per member per year it is a member, never rewritten.'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl year list" socket' -l 'socket' -d 'The daemon\'s admin socket (default: $NETWORKCTL_SOCKET, else /run/networkd/admin.sock).' -rF
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl year list" json' -l 'json' -d 'Print only the method\'s result, as JSON, on stdout.'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl year list" no-color' -l 'no-color' -d 'Never colour the output (colour is used only on a terminal, and never with NO_COLOR set).'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl year list" token-file' -l 'token-file' -d 'Act as a member contact: present the member token in this file first (default: $NETWORKCTL_TOKEN).' -rF
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl year list" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl year show" socket' -l 'socket' -d 'The daemon\'s admin socket (default: $NETWORKCTL_SOCKET, else /run/networkd/admin.sock).' -rF
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl year show" json' -l 'json' -d 'Print only the method\'s result, as JSON, on stdout.'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl year show" no-color' -l 'no-color' -d 'Never colour the output (colour is used only on a terminal, and never with NO_COLOR set).'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl year show" token-file' -l 'token-file' -d 'Act as a member contact: present the member token in this file first (default: $NETWORKCTL_TOKEN).' -rF
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl year show" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl year open" socket' -l 'socket' -d 'The daemon\'s admin socket (default: $NETWORKCTL_SOCKET, else /run/networkd/admin.sock).' -rF
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl year open" json' -l 'json' -d 'Print only the method\'s result, as JSON, on stdout.'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl year open" no-color' -l 'no-color' -d 'Never colour the output (colour is used only on a terminal, and never with NO_COLOR set).'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl year open" token-file' -l 'token-file' -d 'Act as a member contact: present the member token in this file first (default: $NETWORKCTL_TOKEN).' -rF
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl year open" invoice-date' -l 'invoice-date' -d 'The date its invoices carry, YYYY-MM-DD.' -rfka ''
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl year open" terms' -l 'terms' -d 'Days from issue until due.' -rfka ''
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl year open" idempotency-key' -l 'idempotency-key' -d 'A key that makes retrying this exact change safe: a retry returns the first result.' -rfka ''
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl year open" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl year periods" socket' -l 'socket' -d 'The daemon\'s admin socket (default: $NETWORKCTL_SOCKET, else /run/networkd/admin.sock).' -rF
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl year periods" json' -l 'json' -d 'Print only the method\'s result, as JSON, on stdout.'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl year periods" no-color' -l 'no-color' -d 'Never colour the output (colour is used only on a terminal, and never with NO_COLOR set).'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl year periods" token-file' -l 'token-file' -d 'Act as a member contact: present the member token in this file first (default: $NETWORKCTL_TOKEN).' -rF
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl year periods" member' -l 'member' -d 'Only this member\'s periods.' -rfka ''
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl year periods" year' -l 'year' -d 'Only this year\'s (the calendar year it starts in).' -rfka ''
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl year periods" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl billing" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_positional "networkctl billing" -eq 1' -fa 'show' -d 'Show the network\'s billing details.'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_positional "networkctl billing" -eq 1' -fa 'set' -d 'Change the network\'s billing details; options left out keep their value.'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_positional "networkctl billing" -eq 1' -fa 'payer' -d 'Who a member\'s invoices are addressed to.'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_positional "networkctl billing" -eq 1' -fa 'set-payer' -d 'Set a member\'s invoice name, billing address and payer contact.'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_positional "networkctl billing" -eq 1' -fa 'figures' -d 'A member\'s population and controllable budget, year by year.'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_positional "networkctl billing" -eq 1' -fa 'set-figures' -d 'Record a member\'s population and budgets for a year (they set its band).'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl billing show" socket' -l 'socket' -d 'The daemon\'s admin socket (default: $NETWORKCTL_SOCKET, else /run/networkd/admin.sock).' -rF
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl billing show" json' -l 'json' -d 'Print only the method\'s result, as JSON, on stdout.'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl billing show" no-color' -l 'no-color' -d 'Never colour the output (colour is used only on a terminal, and never with NO_COLOR set).'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl billing show" token-file' -l 'token-file' -d 'Act as a member contact: present the member token in this file first (default: $NETWORKCTL_TOKEN).' -rF
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl billing show" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl billing set" socket' -l 'socket' -d 'The daemon\'s admin socket (default: $NETWORKCTL_SOCKET, else /run/networkd/admin.sock).' -rF
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl billing set" json' -l 'json' -d 'Print only the method\'s result, as JSON, on stdout.'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl billing set" no-color' -l 'no-color' -d 'Never colour the output (colour is used only on a terminal, and never with NO_COLOR set).'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl billing set" token-file' -l 'token-file' -d 'Act as a member contact: present the member token in this file first (default: $NETWORKCTL_TOKEN).' -rF
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl billing set" address' -l 'address' -d 'Postal address (\\n between lines).' -rfka ''
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl billing set" email' -l 'email' -d 'Accounts e-mail; empty clears it.' -rfka ''
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl billing set" vat-number' -l 'vat-number' -d 'VAT registration number; empty clears it.' -rfka ''
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl billing set" payment-details' -l 'payment-details' -d 'How to pay (\\n between lines).' -rfka ''
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl billing set" invoice-month' -l 'invoice-month' -d 'The month (1–12) years\' invoices are dated.' -rfka ''
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl billing set" terms' -l 'terms' -d 'Days until due, for years opened from now.' -rfka ''
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl billing set" apply-credit-at-issue' -l 'apply-credit-at-issue' -d 'Spend member credit on invoices as they are issued: true or false.' -rfka ''
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl billing set" expected-version' -l 'expected-version' -d 'Refuse the change (exit 65) unless the record is still at this version.' -rfka ''
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl billing set" idempotency-key' -l 'idempotency-key' -d 'A key that makes retrying this exact change safe: a retry returns the first result.' -rfka ''
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl billing set" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl billing payer" socket' -l 'socket' -d 'The daemon\'s admin socket (default: $NETWORKCTL_SOCKET, else /run/networkd/admin.sock).' -rF
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl billing payer" json' -l 'json' -d 'Print only the method\'s result, as JSON, on stdout.'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl billing payer" no-color' -l 'no-color' -d 'Never colour the output (colour is used only on a terminal, and never with NO_COLOR set).'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl billing payer" token-file' -l 'token-file' -d 'Act as a member contact: present the member token in this file first (default: $NETWORKCTL_TOKEN).' -rF
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl billing payer" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl billing set-payer" socket' -l 'socket' -d 'The daemon\'s admin socket (default: $NETWORKCTL_SOCKET, else /run/networkd/admin.sock).' -rF
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl billing set-payer" json' -l 'json' -d 'Print only the method\'s result, as JSON, on stdout.'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl billing set-payer" no-color' -l 'no-color' -d 'Never colour the output (colour is used only on a terminal, and never with NO_COLOR set).'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl billing set-payer" token-file' -l 'token-file' -d 'Act as a member contact: present the member token in this file first (default: $NETWORKCTL_TOKEN).' -rF
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl billing set-payer" name' -l 'name' -d 'The name to invoice (empty: the member\'s name).' -rfka ''
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl billing set-payer" address' -l 'address' -d 'Billing address (\\n between lines).' -rfka ''
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl billing set-payer" contact' -l 'contact' -d 'The paying contact\'s id; 0 for the primary finance contact.' -rfka ''
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl billing set-payer" expected-version' -l 'expected-version' -d 'Refuse the change (exit 65) unless the record is still at this version.' -rfka ''
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl billing set-payer" idempotency-key' -l 'idempotency-key' -d 'A key that makes retrying this exact change safe: a retry returns the first result.' -rfka ''
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl billing set-payer" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl billing figures" socket' -l 'socket' -d 'The daemon\'s admin socket (default: $NETWORKCTL_SOCKET, else /run/networkd/admin.sock).' -rF
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl billing figures" json' -l 'json' -d 'Print only the method\'s result, as JSON, on stdout.'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl billing figures" no-color' -l 'no-color' -d 'Never colour the output (colour is used only on a terminal, and never with NO_COLOR set).'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl billing figures" token-file' -l 'token-file' -d 'Act as a member contact: present the member token in this file first (default: $NETWORKCTL_TOKEN).' -rF
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl billing figures" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl billing set-figures" socket' -l 'socket' -d 'The daemon\'s admin socket (default: $NETWORKCTL_SOCKET, else /run/networkd/admin.sock).' -rF
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl billing set-figures" json' -l 'json' -d 'Print only the method\'s result, as JSON, on stdout.'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl billing set-figures" no-color' -l 'no-color' -d 'Never colour the output (colour is used only on a terminal, and never with NO_COLOR set).'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl billing set-figures" token-file' -l 'token-file' -d 'Act as a member contact: present the member token in this file first (default: $NETWORKCTL_TOKEN).' -rF
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl billing set-figures" year' -l 'year' -d 'The calendar year it starts in.' -rfka ''
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl billing set-figures" population' -l 'population' -d 'Residents.' -rfka ''
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl billing set-figures" revenue' -l 'revenue' -d 'Controllable revenue budget, e.g. 25,300,000.' -rfka ''
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl billing set-figures" capital' -l 'capital' -d 'Controllable capital budget.' -rfka ''
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl billing set-figures" expected-version' -l 'expected-version' -d 'Refuse the change (exit 65) unless the record is still at this version.' -rfka ''
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl billing set-figures" idempotency-key' -l 'idempotency-key' -d 'A key that makes retrying this exact change safe: a retry returns the first result.' -rfka ''
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl billing set-figures" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl fees" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_positional "networkctl fees" -eq 1' -fa 'show' -d 'Show a year\'s fee schedule.'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_positional "networkctl fees" -eq 1' -fa 'set' -d 'Replace a year\'s fee schedule from a JSON file (the params of fees.set, or what fees show --json prints).'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_positional "networkctl fees" -eq 1' -fa 'quote' -d 'What a member pays for a year, and why: band, figures, months charged, VAT.'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl fees show" socket' -l 'socket' -d 'The daemon\'s admin socket (default: $NETWORKCTL_SOCKET, else /run/networkd/admin.sock).' -rF
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl fees show" json' -l 'json' -d 'Print only the method\'s result, as JSON, on stdout.'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl fees show" no-color' -l 'no-color' -d 'Never colour the output (colour is used only on a terminal, and never with NO_COLOR set).'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl fees show" token-file' -l 'token-file' -d 'Act as a member contact: present the member token in this file first (default: $NETWORKCTL_TOKEN).' -rF
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl fees show" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl fees set" socket' -l 'socket' -d 'The daemon\'s admin socket (default: $NETWORKCTL_SOCKET, else /run/networkd/admin.sock).' -rF
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl fees set" json' -l 'json' -d 'Print only the method\'s result, as JSON, on stdout.'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl fees set" no-color' -l 'no-color' -d 'Never colour the output (colour is used only on a terminal, and never with NO_COLOR set).'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl fees set" token-file' -l 'token-file' -d 'Act as a member contact: present the member token in this file first (default: $NETWORKCTL_TOKEN).' -rF
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl fees set" file' -l 'file' -d 'The schedule as JSON; - reads stdin.' -rfka ''
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl fees set" expected-version' -l 'expected-version' -d 'Refuse the change (exit 65) unless the record is still at this version.' -rfka ''
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl fees set" idempotency-key' -l 'idempotency-key' -d 'A key that makes retrying this exact change safe: a retry returns the first result.' -rfka ''
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl fees set" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl fees quote" socket' -l 'socket' -d 'The daemon\'s admin socket (default: $NETWORKCTL_SOCKET, else /run/networkd/admin.sock).' -rF
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl fees quote" json' -l 'json' -d 'Print only the method\'s result, as JSON, on stdout.'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl fees quote" no-color' -l 'no-color' -d 'Never colour the output (colour is used only on a terminal, and never with NO_COLOR set).'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl fees quote" token-file' -l 'token-file' -d 'Act as a member contact: present the member token in this file first (default: $NETWORKCTL_TOKEN).' -rF
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl fees quote" year' -l 'year' -d 'The calendar year it starts in (default: the latest open year).' -rfka ''
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl fees quote" starts-on' -l 'starts-on' -d 'The first day charged, YYYY-MM-DD (default: its period\'s start).' -rfka ''
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl fees quote" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl invoice" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_positional "networkctl invoice" -eq 1' -fa 'list' -d 'List invoices, newest first, by status, year, member or overdue.'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_positional "networkctl invoice" -eq 1' -fa 'show' -d 'Show one invoice: amounts, lines, payments received, credit notes.'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_positional "networkctl invoice" -eq 1' -fa 'create' -d 'Create a draft: a member\'s subscription for the year and/or manual lines.'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_positional "networkctl invoice" -eq 1' -fa 'issue' -d 'Issue a draft: number it, date it, freeze its content.'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_positional "networkctl invoice" -eq 1' -fa 'po' -d 'Supply the purchase-order number an invoice needs; one awaiting it is then issued.'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_positional "networkctl invoice" -eq 1' -fa 'cancel' -d 'Cancel an invoice: an issued one by a credit note; what it received becomes credit.'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_positional "networkctl invoice" -eq 1' -fa 'pdf' -d 'Write an issued invoice (or one of its credit notes) as PDF, or HTML.'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl invoice list" socket' -l 'socket' -d 'The daemon\'s admin socket (default: $NETWORKCTL_SOCKET, else /run/networkd/admin.sock).' -rF
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl invoice list" json' -l 'json' -d 'Print only the method\'s result, as JSON, on stdout.'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl invoice list" no-color' -l 'no-color' -d 'Never colour the output (colour is used only on a terminal, and never with NO_COLOR set).'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl invoice list" token-file' -l 'token-file' -d 'Act as a member contact: present the member token in this file first (default: $NETWORKCTL_TOKEN).' -rF
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl invoice list" status' -l 'status' -d 'draft, awaiting_po, issued, part_paid, paid or cancelled.' -rfka ''
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl invoice list" year' -l 'year' -d 'The calendar year its membership year starts in.' -rfka ''
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl invoice list" member' -l 'member' -d 'Only this member\'s.' -rfka ''
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl invoice list" overdue' -l 'overdue' -d 'Only unpaid invoices past their due date.'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl invoice list" limit' -l 'limit' -d 'At most this many (1–500).' -rfka ''
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl invoice list" after' -l 'after' -d 'The next page: the id printed after the last page.' -rfka ''
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl invoice list" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl invoice show" socket' -l 'socket' -d 'The daemon\'s admin socket (default: $NETWORKCTL_SOCKET, else /run/networkd/admin.sock).' -rF
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl invoice show" json' -l 'json' -d 'Print only the method\'s result, as JSON, on stdout.'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl invoice show" no-color' -l 'no-color' -d 'Never colour the output (colour is used only on a terminal, and never with NO_COLOR set).'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl invoice show" token-file' -l 'token-file' -d 'Act as a member contact: present the member token in this file first (default: $NETWORKCTL_TOKEN).' -rF
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl invoice show" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl invoice create" socket' -l 'socket' -d 'The daemon\'s admin socket (default: $NETWORKCTL_SOCKET, else /run/networkd/admin.sock).' -rF
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl invoice create" json' -l 'json' -d 'Print only the method\'s result, as JSON, on stdout.'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl invoice create" no-color' -l 'no-color' -d 'Never colour the output (colour is used only on a terminal, and never with NO_COLOR set).'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl invoice create" token-file' -l 'token-file' -d 'Act as a member contact: present the member token in this file first (default: $NETWORKCTL_TOKEN).' -rF
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl invoice create" year' -l 'year' -d 'The calendar year it starts in (default: the latest open year).' -rfka ''
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl invoice create" subscription' -l 'subscription' -d 'Bill the member\'s subscription for the year.'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl invoice create"' -l 'line' -d 'A line: \'DESCRIPTION=AMOUNT\' (repeatable).' -rfka ''
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl invoice create" idempotency-key' -l 'idempotency-key' -d 'A key that makes retrying this exact change safe: a retry returns the first result.' -rfka ''
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl invoice create" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl invoice issue" socket' -l 'socket' -d 'The daemon\'s admin socket (default: $NETWORKCTL_SOCKET, else /run/networkd/admin.sock).' -rF
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl invoice issue" json' -l 'json' -d 'Print only the method\'s result, as JSON, on stdout.'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl invoice issue" no-color' -l 'no-color' -d 'Never colour the output (colour is used only on a terminal, and never with NO_COLOR set).'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl invoice issue" token-file' -l 'token-file' -d 'Act as a member contact: present the member token in this file first (default: $NETWORKCTL_TOKEN).' -rF
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl invoice issue" expected-version' -l 'expected-version' -d 'Refuse the change (exit 65) unless the record is still at this version.' -rfka ''
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl invoice issue" idempotency-key' -l 'idempotency-key' -d 'A key that makes retrying this exact change safe: a retry returns the first result.' -rfka ''
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl invoice issue" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl invoice po" socket' -l 'socket' -d 'The daemon\'s admin socket (default: $NETWORKCTL_SOCKET, else /run/networkd/admin.sock).' -rF
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl invoice po" json' -l 'json' -d 'Print only the method\'s result, as JSON, on stdout.'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl invoice po" no-color' -l 'no-color' -d 'Never colour the output (colour is used only on a terminal, and never with NO_COLOR set).'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl invoice po" token-file' -l 'token-file' -d 'Act as a member contact: present the member token in this file first (default: $NETWORKCTL_TOKEN).' -rF
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl invoice po" expected-version' -l 'expected-version' -d 'Refuse the change (exit 65) unless the record is still at this version.' -rfka ''
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl invoice po" idempotency-key' -l 'idempotency-key' -d 'A key that makes retrying this exact change safe: a retry returns the first result.' -rfka ''
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl invoice po" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl invoice cancel" socket' -l 'socket' -d 'The daemon\'s admin socket (default: $NETWORKCTL_SOCKET, else /run/networkd/admin.sock).' -rF
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl invoice cancel" json' -l 'json' -d 'Print only the method\'s result, as JSON, on stdout.'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl invoice cancel" no-color' -l 'no-color' -d 'Never colour the output (colour is used only on a terminal, and never with NO_COLOR set).'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl invoice cancel" token-file' -l 'token-file' -d 'Act as a member contact: present the member token in this file first (default: $NETWORKCTL_TOKEN).' -rF
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl invoice cancel" reason' -l 'reason' -d 'Why (required; on the credit note).' -rfka ''
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl invoice cancel" expected-version' -l 'expected-version' -d 'Refuse the change (exit 65) unless the record is still at this version.' -rfka ''
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl invoice cancel" idempotency-key' -l 'idempotency-key' -d 'A key that makes retrying this exact change safe: a retry returns the first result.' -rfka ''
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl invoice cancel" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl invoice pdf" socket' -l 'socket' -d 'The daemon\'s admin socket (default: $NETWORKCTL_SOCKET, else /run/networkd/admin.sock).' -rF
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl invoice pdf" json' -l 'json' -d 'Print only the method\'s result, as JSON, on stdout.'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl invoice pdf" no-color' -l 'no-color' -d 'Never colour the output (colour is used only on a terminal, and never with NO_COLOR set).'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl invoice pdf" token-file' -l 'token-file' -d 'Act as a member contact: present the member token in this file first (default: $NETWORKCTL_TOKEN).' -rF
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl invoice pdf" o output' -s 'o' -l 'output' -d 'Where to write it; - is stdout.' -rfka ''
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl invoice pdf" html' -l 'html' -d 'HTML instead of PDF.'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl invoice pdf" credit-note' -l 'credit-note' -d 'One of the invoice\'s credit notes, by id.' -rfka ''
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl invoice pdf" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl payment" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_positional "networkctl payment" -eq 1' -fa 'record' -d 'Record a payment against an issued invoice (amount in major units: 1234.50).'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_positional "networkctl payment" -eq 1' -fa 'list' -d 'List payments, newest first, voided ones included.'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_positional "networkctl payment" -eq 1' -fa 'void' -d 'Void a payment recorded in error: the invoice owes it again.'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl payment record" socket' -l 'socket' -d 'The daemon\'s admin socket (default: $NETWORKCTL_SOCKET, else /run/networkd/admin.sock).' -rF
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl payment record" json' -l 'json' -d 'Print only the method\'s result, as JSON, on stdout.'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl payment record" no-color' -l 'no-color' -d 'Never colour the output (colour is used only on a terminal, and never with NO_COLOR set).'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl payment record" token-file' -l 'token-file' -d 'Act as a member contact: present the member token in this file first (default: $NETWORKCTL_TOKEN).' -rF
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl payment record" method' -l 'method' -d 'bank_transfer, card, cheque or other.' -rfka ''
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl payment record" paid-on' -l 'paid-on' -d 'When it was paid, YYYY-MM-DD (default today).' -rfka ''
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl payment record" reference' -l 'reference' -d 'The bank reference, cheque number…' -rfka ''
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl payment record" idempotency-key' -l 'idempotency-key' -d 'A key that makes retrying this exact change safe: a retry returns the first result.' -rfka ''
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl payment record" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl payment list" socket' -l 'socket' -d 'The daemon\'s admin socket (default: $NETWORKCTL_SOCKET, else /run/networkd/admin.sock).' -rF
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl payment list" json' -l 'json' -d 'Print only the method\'s result, as JSON, on stdout.'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl payment list" no-color' -l 'no-color' -d 'Never colour the output (colour is used only on a terminal, and never with NO_COLOR set).'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl payment list" token-file' -l 'token-file' -d 'Act as a member contact: present the member token in this file first (default: $NETWORKCTL_TOKEN).' -rF
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl payment list" invoice' -l 'invoice' -d 'Only this invoice\'s (id or number).' -rfka ''
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl payment list" member' -l 'member' -d 'Only this member\'s.' -rfka ''
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl payment list" limit' -l 'limit' -d 'At most this many (1–500).' -rfka ''
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl payment list" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl payment void" socket' -l 'socket' -d 'The daemon\'s admin socket (default: $NETWORKCTL_SOCKET, else /run/networkd/admin.sock).' -rF
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl payment void" json' -l 'json' -d 'Print only the method\'s result, as JSON, on stdout.'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl payment void" no-color' -l 'no-color' -d 'Never colour the output (colour is used only on a terminal, and never with NO_COLOR set).'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl payment void" token-file' -l 'token-file' -d 'Act as a member contact: present the member token in this file first (default: $NETWORKCTL_TOKEN).' -rF
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl payment void" reason' -l 'reason' -d 'Why (required).' -rfka ''
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl payment void" idempotency-key' -l 'idempotency-key' -d 'A key that makes retrying this exact change safe: a retry returns the first result.' -rfka ''
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl payment void" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl credit" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_positional "networkctl credit" -eq 1' -fa 'show' -d 'A member\'s credit, from overpayments and credit notes on paid invoices.'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_positional "networkctl credit" -eq 1' -fa 'apply' -d 'Spend a member\'s credit on one of its issued invoices.'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl credit show" socket' -l 'socket' -d 'The daemon\'s admin socket (default: $NETWORKCTL_SOCKET, else /run/networkd/admin.sock).' -rF
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl credit show" json' -l 'json' -d 'Print only the method\'s result, as JSON, on stdout.'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl credit show" no-color' -l 'no-color' -d 'Never colour the output (colour is used only on a terminal, and never with NO_COLOR set).'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl credit show" token-file' -l 'token-file' -d 'Act as a member contact: present the member token in this file first (default: $NETWORKCTL_TOKEN).' -rF
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl credit show" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl credit apply" socket' -l 'socket' -d 'The daemon\'s admin socket (default: $NETWORKCTL_SOCKET, else /run/networkd/admin.sock).' -rF
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl credit apply" json' -l 'json' -d 'Print only the method\'s result, as JSON, on stdout.'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl credit apply" no-color' -l 'no-color' -d 'Never colour the output (colour is used only on a terminal, and never with NO_COLOR set).'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl credit apply" token-file' -l 'token-file' -d 'Act as a member contact: present the member token in this file first (default: $NETWORKCTL_TOKEN).' -rF
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl credit apply" amount' -l 'amount' -d 'How much (default: as much as the credit and the invoice allow).' -rfka ''
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl credit apply" idempotency-key' -l 'idempotency-key' -d 'A key that makes retrying this exact change safe: a retry returns the first result.' -rfka ''
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl credit apply" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl report" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_positional "networkctl report" -eq 1' -fa 'income' -d 'Income by membership year and tier: invoiced, credited, net, received, outstanding.'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_positional "networkctl report" -eq 1' -fa 'aged-debt' -d 'What each member owes as of a date, by days past due: not due, 0–30, 31–60, 61–90, 90+.'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_positional "networkctl report" -eq 1' -fa 'arrears' -d 'Members with invoices past their due date: how much, how many, since when.'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl report income" socket' -l 'socket' -d 'The daemon\'s admin socket (default: $NETWORKCTL_SOCKET, else /run/networkd/admin.sock).' -rF
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl report income" json' -l 'json' -d 'Print only the method\'s result, as JSON, on stdout.'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl report income" no-color' -l 'no-color' -d 'Never colour the output (colour is used only on a terminal, and never with NO_COLOR set).'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl report income" token-file' -l 'token-file' -d 'Act as a member contact: present the member token in this file first (default: $NETWORKCTL_TOKEN).' -rF
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl report income" year' -l 'year' -d 'Only this year (the calendar year it starts in).' -rfka ''
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl report income" csv' -l 'csv' -d 'Write CSV (RFC 4180) instead of a table.'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl report income" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl report aged-debt" socket' -l 'socket' -d 'The daemon\'s admin socket (default: $NETWORKCTL_SOCKET, else /run/networkd/admin.sock).' -rF
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl report aged-debt" json' -l 'json' -d 'Print only the method\'s result, as JSON, on stdout.'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl report aged-debt" no-color' -l 'no-color' -d 'Never colour the output (colour is used only on a terminal, and never with NO_COLOR set).'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl report aged-debt" token-file' -l 'token-file' -d 'Act as a member contact: present the member token in this file first (default: $NETWORKCTL_TOKEN).' -rF
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl report aged-debt" as-of' -l 'as-of' -d 'The day to report as of, YYYY-MM-DD (default today).' -rfka ''
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl report aged-debt" csv' -l 'csv' -d 'Write CSV (RFC 4180) instead of a table.'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl report aged-debt" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl report arrears" socket' -l 'socket' -d 'The daemon\'s admin socket (default: $NETWORKCTL_SOCKET, else /run/networkd/admin.sock).' -rF
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl report arrears" json' -l 'json' -d 'Print only the method\'s result, as JSON, on stdout.'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl report arrears" no-color' -l 'no-color' -d 'Never colour the output (colour is used only on a terminal, and never with NO_COLOR set).'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl report arrears" token-file' -l 'token-file' -d 'Act as a member contact: present the member token in this file first (default: $NETWORKCTL_TOKEN).' -rF
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl report arrears" as-of' -l 'as-of' -d 'The day to report as of, YYYY-MM-DD (default today).' -rfka ''
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl report arrears" csv' -l 'csv' -d 'Write CSV (RFC 4180) instead of a table.'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl report arrears" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl job" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_positional "networkctl job" -eq 1' -fa 'list' -d 'List the jobs, when each runs, and each one\'s latest run.'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_positional "networkctl job" -eq 1' -fa 'run' -d 'Run a job now and wait for it (--dry-run: count what it would do, change nothing).'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_positional "networkctl job" -eq 1' -fa 'history' -d 'List job runs, newest first.'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl job list" socket' -l 'socket' -d 'The daemon\'s admin socket (default: $NETWORKCTL_SOCKET, else /run/networkd/admin.sock).' -rF
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl job list" json' -l 'json' -d 'Print only the method\'s result, as JSON, on stdout.'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl job list" no-color' -l 'no-color' -d 'Never colour the output (colour is used only on a terminal, and never with NO_COLOR set).'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl job list" token-file' -l 'token-file' -d 'Act as a member contact: present the member token in this file first (default: $NETWORKCTL_TOKEN).' -rF
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl job list" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl job run" socket' -l 'socket' -d 'The daemon\'s admin socket (default: $NETWORKCTL_SOCKET, else /run/networkd/admin.sock).' -rF
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl job run" json' -l 'json' -d 'Print only the method\'s result, as JSON, on stdout.'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl job run" no-color' -l 'no-color' -d 'Never colour the output (colour is used only on a terminal, and never with NO_COLOR set).'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl job run" token-file' -l 'token-file' -d 'Act as a member contact: present the member token in this file first (default: $NETWORKCTL_TOKEN).' -rF
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_positional "networkctl job run" -eq 1' -fka 'changes renewal reminders lapse'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl job run" year' -l 'year' -d 'The renewal\'s year (the calendar year it starts in).' -rfka ''
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl job run" dry-run' -l 'dry-run' -d 'Work it out and count, then roll back.'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl job run" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl job history" socket' -l 'socket' -d 'The daemon\'s admin socket (default: $NETWORKCTL_SOCKET, else /run/networkd/admin.sock).' -rF
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl job history" json' -l 'json' -d 'Print only the method\'s result, as JSON, on stdout.'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl job history" no-color' -l 'no-color' -d 'Never colour the output (colour is used only on a terminal, and never with NO_COLOR set).'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl job history" token-file' -l 'token-file' -d 'Act as a member contact: present the member token in this file first (default: $NETWORKCTL_TOKEN).' -rF
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl job history" job' -l 'job' -d 'Only this job\'s runs.' -rfka 'changes renewal reminders lapse'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl job history" limit' -l 'limit' -d 'Runs per page (1-500).' -rfka ''
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl job history" before' -l 'before' -d 'Runs before this id (the previous page\'s last).' -rfka ''
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl job history" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl renewal" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_positional "networkctl renewal" -eq 1' -fa 'preview' -d 'Show what a renewal run would create now: counts, totals by tier, the first members.'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_positional "networkctl renewal" -eq 1' -fa 'run' -d 'Run the year\'s renewal now and wait for it; running it again creates nothing twice.'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl renewal preview" socket' -l 'socket' -d 'The daemon\'s admin socket (default: $NETWORKCTL_SOCKET, else /run/networkd/admin.sock).' -rF
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl renewal preview" json' -l 'json' -d 'Print only the method\'s result, as JSON, on stdout.'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl renewal preview" no-color' -l 'no-color' -d 'Never colour the output (colour is used only on a terminal, and never with NO_COLOR set).'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl renewal preview" token-file' -l 'token-file' -d 'Act as a member contact: present the member token in this file first (default: $NETWORKCTL_TOKEN).' -rF
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl renewal preview" limit' -l 'limit' -d 'Members to list (0-1000).' -rfka ''
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl renewal preview" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl renewal run" socket' -l 'socket' -d 'The daemon\'s admin socket (default: $NETWORKCTL_SOCKET, else /run/networkd/admin.sock).' -rF
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl renewal run" json' -l 'json' -d 'Print only the method\'s result, as JSON, on stdout.'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl renewal run" no-color' -l 'no-color' -d 'Never colour the output (colour is used only on a terminal, and never with NO_COLOR set).'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl renewal run" token-file' -l 'token-file' -d 'Act as a member contact: present the member token in this file first (default: $NETWORKCTL_TOKEN).' -rF
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl renewal run" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl outbox" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_positional "networkctl outbox" -eq 1' -fa 'list' -d 'List e-mail messages, newest first.'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_positional "networkctl outbox" -eq 1' -fa 'show' -d 'Show one message\'s delivery; --message prints the whole message as sent.'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_positional "networkctl outbox" -eq 1' -fa 'retry' -d 'Queue a failed message again, now; it keeps its Message-ID.'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl outbox list" socket' -l 'socket' -d 'The daemon\'s admin socket (default: $NETWORKCTL_SOCKET, else /run/networkd/admin.sock).' -rF
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl outbox list" json' -l 'json' -d 'Print only the method\'s result, as JSON, on stdout.'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl outbox list" no-color' -l 'no-color' -d 'Never colour the output (colour is used only on a terminal, and never with NO_COLOR set).'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl outbox list" token-file' -l 'token-file' -d 'Act as a member contact: present the member token in this file first (default: $NETWORKCTL_TOKEN).' -rF
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl outbox list" status' -l 'status' -d 'Only messages in this state.' -rfka 'queued sent failed cancelled'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl outbox list" member' -l 'member' -d 'Only messages about this member.' -rfka ''
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl outbox list" invoice' -l 'invoice' -d 'Only messages about this invoice.' -rfka ''
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl outbox list" limit' -l 'limit' -d 'Messages per page (1-500).' -rfka ''
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl outbox list" before' -l 'before' -d 'Messages before this id (the previous page\'s last).' -rfka ''
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl outbox list" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl outbox show" socket' -l 'socket' -d 'The daemon\'s admin socket (default: $NETWORKCTL_SOCKET, else /run/networkd/admin.sock).' -rF
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl outbox show" json' -l 'json' -d 'Print only the method\'s result, as JSON, on stdout.'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl outbox show" no-color' -l 'no-color' -d 'Never colour the output (colour is used only on a terminal, and never with NO_COLOR set).'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl outbox show" token-file' -l 'token-file' -d 'Act as a member contact: present the member token in this file first (default: $NETWORKCTL_TOKEN).' -rF
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl outbox show" message' -l 'message' -d 'Print the rendered RFC 5322 message.'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl outbox show" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl outbox retry" socket' -l 'socket' -d 'The daemon\'s admin socket (default: $NETWORKCTL_SOCKET, else /run/networkd/admin.sock).' -rF
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl outbox retry" json' -l 'json' -d 'Print only the method\'s result, as JSON, on stdout.'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl outbox retry" no-color' -l 'no-color' -d 'Never colour the output (colour is used only on a terminal, and never with NO_COLOR set).'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl outbox retry" token-file' -l 'token-file' -d 'Act as a member contact: present the member token in this file first (default: $NETWORKCTL_TOKEN).' -rF
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl outbox retry" idempotency-key' -l 'idempotency-key' -d 'A key that makes retrying this exact change safe: a retry returns the first result.' -rfka ''
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl outbox retry" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl methods" socket' -l 'socket' -d 'The daemon\'s admin socket (default: $NETWORKCTL_SOCKET, else /run/networkd/admin.sock).' -rF
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl methods" json' -l 'json' -d 'Print only the method\'s result, as JSON, on stdout.'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl methods" no-color' -l 'no-color' -d 'Never colour the output (colour is used only on a terminal, and never with NO_COLOR set).'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl methods" token-file' -l 'token-file' -d 'Act as a member contact: present the member token in this file first (default: $NETWORKCTL_TOKEN).' -rF
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl methods" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl call" socket' -l 'socket' -d 'The daemon\'s admin socket (default: $NETWORKCTL_SOCKET, else /run/networkd/admin.sock).' -rF
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl call" json' -l 'json' -d 'Print only the method\'s result, as JSON, on stdout.'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl call" no-color' -l 'no-color' -d 'Never colour the output (colour is used only on a terminal, and never with NO_COLOR set).'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl call" token-file' -l 'token-file' -d 'Act as a member contact: present the member token in this file first (default: $NETWORKCTL_TOKEN).' -rF
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl call" h help' -s 'h' -l 'help' -d 'Show help information.'
