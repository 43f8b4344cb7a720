# shellcheck shell=bash
# deploy/fuzz.sh — builds and runs the request-path fuzz target (Sources/networkd-fuzz) with
# libFuzzer. Sourced by deploy/test, after lib.sh; never run.

# Builds networkd-fuzz with -sanitize=fuzzer,address in .build-fuzz (debug: with -c release
# only the entry module gets coverage counters). Coverage is asked for explicitly with
# -sanitize-coverage=edge,inline-8bit-counters,pc-table,trace-cmp: SwiftPM's --sanitize=fuzzer
# alone left the Swift objects without counters, which blinds libFuzzer, and plain "edge" means
# trace-pc-guard, which libFuzzer no longer reads. Then runs
# it for $1 seconds from the seed corpus
# (Tests/FuzzTests/Corpus), which stays as committed: what the run adds goes to a scratch
# folder that is removed afterwards. Returns libFuzzer's status: 0 when nothing broke. A
# failing input is kept in .build-fuzz/crashes/ and the command to replay it is printed.
run_fuzzer() {
    local seconds=$1 scratch=$NETWORKD_REPO/.build-fuzz
    local flags=(--scratch-path "$scratch" --product networkd-fuzz
        --sanitize=fuzzer --sanitize=address -Xswiftc -sanitize-coverage=edge,inline-8bit-counters,pc-table,trace-cmp
        -Xswiftc -DFUZZING -Xswiftc -parse-as-library)
    say "building the fuzzer (swift build ${flags[*]}; a cold build takes several minutes)"
    # gold warns once per ASan helper symbol ("Cannot export local symbol"); nothing to act on.
    (cd "$NETWORKD_REPO" && swift build "${flags[@]}" 2>&1 | grep -v "Cannot export local symbol") || return
    local binary
    binary=$(cd "$NETWORKD_REPO" && swift build "${flags[@]}" --show-bin-path)/networkd-fuzz || return
    local work status=0
    work=$(mktemp -d "${TMPDIR:-/tmp}/networkd-fuzz.XXXXXX") || return
    # shellcheck disable=SC2064  # expand now: $work is local
    trap "rm -rf '$work'" EXIT
    mkdir -p "$scratch/crashes" "$work/corpus"
    say "fuzzing the request path for $seconds s (seeds: Tests/FuzzTests/Corpus)"
    # -timeout and -rss_limit_mb are generous so that a loaded machine cannot fail the run;
    # libFuzzer runs in $work so that nothing it writes lands in the repository.
    (cd "$work" && "$binary" -max_total_time="$seconds" -timeout=60 -rss_limit_mb=4096 -max_len=8192 \
        -dict="$NETWORKD_REPO/Tests/FuzzTests/request-path.dict" -print_final_stats=1 \
        -artifact_prefix="$scratch/crashes/" "$work/corpus" "$NETWORKD_REPO/Tests/FuzzTests/Corpus") || status=$?
    rm -rf "$work"
    if ((status != 0)); then
        say "the fuzzer found a failing input (exit $status): see $scratch/crashes/;" \
            "replay it with: swift build && \"\$(swift build --show-bin-path)/networkd-fuzz\" FILE"
    fi
    return "$status"
}
