# bash completion for tenderkit.
# The commands are listed here (tests/golden/cli/completions-match-help.test checks the list
# against `tenderkit --help`); each command's options, and the values an option accepts, are
# read from `tenderkit COMMAND --help` when completing, so that they cannot drift.

_tenderkit_commands="validate rates score shortlist sensitivity award cost evaluate report summaries export verify ceiling batch"

_tenderkit() {
  local cur=${COMP_WORDS[COMP_CWORD]} prev=${COMP_WORDS[COMP_CWORD-1]}
  local i cmd=""
  for ((i = 1; i < COMP_CWORD; i++)); do
    case ${COMP_WORDS[i]} in
      -*) ;;
      *) cmd=${COMP_WORDS[i]}; break ;;
    esac
  done
  if [[ -z $cmd ]]; then
    COMPREPLY=($(compgen -W "$_tenderkit_commands -q --quiet -h --help --version" -- "$cur"))
    return
  fi
  local help
  help=$("${COMP_WORDS[0]}" "$cmd" --help 2>/dev/null)
  if [[ $prev == -* ]]; then
    # An option with a fixed set of values shows them in its help line as NAME:{a,b,c}.
    local line values
    line=$(printf '%s\n' "$help" | grep -E -- "(^ +|,)${prev}[ =]" | head -n 1)
    values=$(printf '%s\n' "$line" | sed -n 's/.*:{\([^}]*\)}.*/\1/p' | tr ',' ' ')
    if [[ -n $values ]]; then
      COMPREPLY=($(compgen -W "$values" -- "$cur"))
      return
    fi
  fi
  if [[ $cur == -* ]]; then
    local options
    options=$(printf '%s\n' "$help" | grep -oE -- '(^ +|,)--?[A-Za-z][-A-Za-z]*' | tr -d ' ,')
    COMPREPLY=($(compgen -W "$options -q --quiet" -- "$cur"))
    return
  fi
  COMPREPLY=($(compgen -f -- "$cur"))
}

complete -o filenames -o bashdefault -F _tenderkit tenderkit
