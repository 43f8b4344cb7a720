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
        __networkctl_parse_subcommand 0 'socket=' 'json' 'no-color' 'h/help'
        switch $unparsed_tokens[1]
        case 'status'
            __networkctl_parse_subcommand -r 1 'socket=' 'json' 'no-color' 'h/help'
        case 'reload'
            __networkctl_parse_subcommand 0 'socket=' 'json' 'no-color' 'h/help'
        case 'audit'
            __networkctl_parse_subcommand 0 'h/help'
            switch $unparsed_tokens[1]
            case 'list'
                __networkctl_parse_subcommand 0 'socket=' 'json' 'no-color' 'limit=' 'after=' 'method=' 'actor=' 'target=' 'h/help'
            end
        case 'network'
            __networkctl_parse_subcommand 0 'h/help'
            switch $unparsed_tokens[1]
            case 'show'
                __networkctl_parse_subcommand 0 'socket=' 'json' 'no-color' 'h/help'
            case 'edit'
                __networkctl_parse_subcommand 0 'socket=' 'json' 'no-color' 'name=' 'short-name=' 'time-zone=' 'currency=' 'year-start-month=' 'expected-version=' 'idempotency-key=' 'h/help'
            end
        case 'methods'
            __networkctl_parse_subcommand 0 'socket=' 'json' 'no-color' 'h/help'
        case 'call'
            __networkctl_parse_subcommand 2 'socket=' 'json' 'no-color' 'h/help'
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
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_positional "networkctl" -eq 1' -fa 'status' -d 'Show the daemon\'s version, uptime, schema, database, pool and clients.'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_positional "networkctl" -eq 1' -fa 'reload' -d 'Re-read networkd\'s configuration and apply what can change without a restart.'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_positional "networkctl" -eq 1' -fa 'audit' -d 'Read the audit trail: who changed what, when.'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_positional "networkctl" -eq 1' -fa 'network' -d 'Show or change the network\'s own settings.'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_positional "networkctl" -eq 1' -fa 'methods' -d 'List the admin-socket methods the daemon serves, with the roles that may call them.'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_positional "networkctl" -eq 1' -fa 'call' -d 'Call any admin-socket method with raw JSON params and print its result.'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_positional "networkctl" -eq 1' -fa 'help' -d 'Show subcommand help information.'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl status" socket' -l 'socket' -d 'The daemon\'s admin socket (default: $NETWORKCTL_SOCKET, else /run/networkd/admin.sock).' -rF
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl status" json' -l 'json' -d 'Print only the method\'s result, as JSON, on stdout.'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl status" no-color' -l 'no-color' -d 'Never colour the output (colour is used only on a terminal, and never with NO_COLOR set).'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl status" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl reload" socket' -l 'socket' -d 'The daemon\'s admin socket (default: $NETWORKCTL_SOCKET, else /run/networkd/admin.sock).' -rF
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl reload" json' -l 'json' -d 'Print only the method\'s result, as JSON, on stdout.'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl reload" no-color' -l 'no-color' -d 'Never colour the output (colour is used only on a terminal, and never with NO_COLOR set).'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl reload" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl audit" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_positional "networkctl audit" -eq 1' -fa 'list' -d 'List audit entries, newest first.'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl audit list" socket' -l 'socket' -d 'The daemon\'s admin socket (default: $NETWORKCTL_SOCKET, else /run/networkd/admin.sock).' -rF
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl audit list" json' -l 'json' -d 'Print only the method\'s result, as JSON, on stdout.'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl audit list" no-color' -l 'no-color' -d 'Never colour the output (colour is used only on a terminal, and never with NO_COLOR set).'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl audit list" limit' -l 'limit' -d 'At most this many entries (1–500; the daemon\'s default is 50).' -rfka ''
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl audit list" after' -l 'after' -d 'Continue after this cursor, from the previous page.' -rfka ''
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl audit list" method' -l 'method' -d 'Only entries of this method, e.g. network.update.' -rfka ''
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl audit list" actor' -l 'actor' -d 'Only entries by this actor, e.g. \'uid:0(root)\'.' -rfka ''
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl audit list" target' -l 'target' -d 'Only entries about this target, e.g. network.' -rfka ''
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl audit list" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl network" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_positional "networkctl network" -eq 1' -fa 'show' -d 'Show the network\'s name, short name, time zone, currency and year start.'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_positional "networkctl network" -eq 1' -fa 'edit' -d 'Change the network\'s settings; settings left out keep their value.'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl network show" socket' -l 'socket' -d 'The daemon\'s admin socket (default: $NETWORKCTL_SOCKET, else /run/networkd/admin.sock).' -rF
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl network show" json' -l 'json' -d 'Print only the method\'s result, as JSON, on stdout.'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl network show" no-color' -l 'no-color' -d 'Never colour the output (colour is used only on a terminal, and never with NO_COLOR set).'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl network show" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl network edit" socket' -l 'socket' -d 'The daemon\'s admin socket (default: $NETWORKCTL_SOCKET, else /run/networkd/admin.sock).' -rF
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl network edit" json' -l 'json' -d 'Print only the method\'s result, as JSON, on stdout.'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl network edit" no-color' -l 'no-color' -d 'Never colour the output (colour is used only on a terminal, and never with NO_COLOR set).'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl network edit" name' -l 'name' -d 'The network\'s full name.' -rfka ''
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl network edit" short-name' -l 'short-name' -d 'A short name, for invoice numbers and subjects.' -rfka ''
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl network edit" time-zone' -l 'time-zone' -d 'An IANA time zone, e.g. Europe/London.' -rfka ''
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl network edit" currency' -l 'currency' -d 'An ISO 4217 currency code, e.g. GBP.' -rfka ''
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl network edit" year-start-month' -l 'year-start-month' -d 'The month the membership year starts (1–12).' -rfka ''
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl network edit" expected-version' -l 'expected-version' -d 'Refuse the change unless the settings are still at this version.' -rfka ''
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl network edit" idempotency-key' -l 'idempotency-key' -d 'A key that makes retrying this exact change safe.' -rfka ''
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl network edit" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl methods" socket' -l 'socket' -d 'The daemon\'s admin socket (default: $NETWORKCTL_SOCKET, else /run/networkd/admin.sock).' -rF
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl methods" json' -l 'json' -d 'Print only the method\'s result, as JSON, on stdout.'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl methods" no-color' -l 'no-color' -d 'Never colour the output (colour is used only on a terminal, and never with NO_COLOR set).'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl methods" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl call" socket' -l 'socket' -d 'The daemon\'s admin socket (default: $NETWORKCTL_SOCKET, else /run/networkd/admin.sock).' -rF
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl call" json' -l 'json' -d 'Print only the method\'s result, as JSON, on stdout.'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl call" no-color' -l 'no-color' -d 'Never colour the output (colour is used only on a terminal, and never with NO_COLOR set).'
complete -c 'networkctl' -n '__networkctl_should_offer_completions_for_flags_or_options "networkctl call" h help' -s 'h' -l 'help' -d 'Show help information.'
