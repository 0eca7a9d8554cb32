# SPDX-License-Identifier: GPL-3.0-or-later
# bash completion for oauthdesk-cli (installed to share/bash-completion/completions/oauthdesk-cli).
# The candidates come from the program's own command table ("oauthdesk-cli __complete"), so
# they always match the installed version: commands, options, and the values of options that
# have a fixed set (--type, --method, --format, …); file names otherwise.
_oauthdesk_cli()
{
    local cur=${COMP_WORDS[COMP_CWORD]}
    local IFS=$'\n'
    local candidates
    candidates=$("${COMP_WORDS[0]}" __complete "$COMP_CWORD" "${COMP_WORDS[@]:1}" 2>/dev/null) || return 0
    COMPREPLY=($(compgen -W "$candidates" -- "$cur"))
}
complete -o default -o bashdefault -F _oauthdesk_cli oauthdesk-cli
